package org.convergence.retrain;

import org.convergence.model.selection.ChampionChallenger;

/** What a retrain did: the model it trained and stored, and whether that model became the champion. */
public record RetrainResult(String modelId, ChampionChallenger.Decision decision) {
  public boolean promoted() {
    return decision.promote();
  }
}
