package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.asl.StateMachine;

/** A rule about one Amazon States Language state machine. */
public interface AslRule extends DocumentRule<StateMachine> {

  @Override
  default Class<StateMachine> documentType() {
    return StateMachine.class;
  }

  @Override
  void check(StateMachine machine, Findings findings);
}
