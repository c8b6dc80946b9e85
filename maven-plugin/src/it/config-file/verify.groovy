def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] statemachines/archive.asl.json:5:5: ASL006 UnreachableState')
assert log.contains('BUILD FAILURE')
return true
