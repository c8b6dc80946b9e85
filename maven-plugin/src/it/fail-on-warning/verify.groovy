def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] statemachines/dup.asl.yaml:6:5: ASL002 DuplicateKey')
assert log.contains('1 finding at or above warning (at most 0 allowed)')
return true
