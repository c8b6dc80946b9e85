package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.asl.StateMachine;

/** A rule about one Amazon States Language state machine. */
public interface AslRule extends Rule {

  void check(StateMachine machine, Findings findings);
}
