package org.convergence.model.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/** The pointer to the model in service, written last when a model is promoted. */
public record ChampionRecord(
    @JsonProperty("model_id") String modelId,
    @JsonProperty("model_name") String modelName,
    @JsonProperty("promoted_at") Instant promotedAt,
    @JsonProperty("reason") String reason) {
  public ChampionRecord {
    ModelArchive.requireValidId(modelId);
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(promotedAt, "promotedAt");
    reason = reason == null ? "" : reason;
  }
}
