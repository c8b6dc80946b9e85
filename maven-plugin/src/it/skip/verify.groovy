def log = new File(basedir, 'build.log').text
assert log.contains('sfn-appsync-lint: skipped.')
assert !new File(basedir, 'target/sfn-appsync-lint.sarif').exists()
return true
