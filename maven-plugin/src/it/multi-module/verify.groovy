import groovy.json.JsonSlurper

// Each module writes its own report; URIs are relative to the build's root (the repository
// root in CI), so that code scanning finds the files.
def uris = { module ->
  def sarif = new JsonSlurper().parse(new File(basedir, module + '/target/sfn-appsync-lint.sarif'))
  sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } as Set
}
def root = new JsonSlurper().parse(new File(basedir, 'target/sfn-appsync-lint.sarif'))
assert root.runs[0].results.isEmpty()
assert uris('orders') == ['orders/statemachine/archive.asl.json'] as Set
assert uris('billing') == ['billing/src/workflows/invoice.asl.json'] as Set

// The aggregator lints only its own files: each finding is reported once, by its module.
def log = new File(basedir, 'build.log').text
assert log.count('orders/statemachine/archive.asl.json:5:5') == 1
assert log.contains('[ERROR] orders/statemachine/archive.asl.json:5:5: ASL006 UnreachableState')
assert log.contains('[ERROR] billing/src/workflows/invoice.asl.json:4:39: ASL004 UnknownTransitionTarget')
return true
