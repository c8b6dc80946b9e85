def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] statemachines/refund.asl.json:5:5: ASL006 UnreachableState: State "Audit"')
assert !log.contains('"Archive"')
assert log.contains('1 finding at or above error')
return true
