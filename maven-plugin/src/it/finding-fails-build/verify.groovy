import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] statemachines/archive.asl.json:5:5: ASL006 UnreachableState: State "Archive" is never reached from "Load"')
assert log.contains('1 finding at or above error (at most 0 allowed)')
assert log.contains('BUILD FAILURE')

// The report is written before the build fails, and is what code scanning reads.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/sfn-appsync-lint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.columnKind == 'utf16CodeUnits'
assert run.tool.driver.name == 'sfn-appsync-lint'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'ASL006'
assert run.tool.driver.rules[result.ruleIndex].id == 'ASL006'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'statemachines/archive.asl.json'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 5 && location.region.startColumn == 5
assert location.region.endLine == 5 && location.region.endColumn == 14
assert result.partialFingerprints['sfnAppsyncLint/v1'] != null
return true
