package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.suppression.SuppressionMarker;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * ASL JSON has no comments, so a suppression is written in the {@code Comment} of the object it
 * covers: the machine, a branch or item processor, or a state.
 */
final class CommentMarkers {

  private CommentMarkers() {}

  static List<SuppressionMarker> of(StateMachine machine) {
    List<Node> commented = new ArrayList<>();
    commented.add(machine.root());
    for (Scope scope : machine.scopes()) {
      if (scope.kind() != Scope.Kind.ROOT) {
        commented.add(scope.node());
      }
    }
    for (State state : machine.states()) {
      commented.add(state.node());
    }
    List<SuppressionMarker> markers = new ArrayList<>();
    for (Node node : commented) {
      if (node instanceof ObjectNode object) {
        object.get("Comment").flatMap(Node::asString).ifPresent(text -> markers.add(
            new SuppressionMarker(text, object.get("Comment").orElseThrow().location(),
                object.pointer(), node == machine.root() && object.pointer().isEmpty()
                    ? "this state machine" : "this object")));
      }
    }
    return markers;
  }
}
