import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('sfn-appsync-lint: 0 error(s), 0 warning(s), 0 note(s) in 1 file(s).')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/sfn-appsync-lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules.find { it.id == 'ASL006' } != null
return true
