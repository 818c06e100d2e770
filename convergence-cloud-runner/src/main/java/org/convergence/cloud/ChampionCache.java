package org.convergence.cloud;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;

/**
 * The newest promoted model, loaded once and kept: each call reads only the small champion pointer, and loads and
 * decodes the model file again only when the retrain job has promoted another model since.
 *
 * @param <M> the decoded model (a price forecaster)
 */
public final class ChampionCache<M> {
  /** Turns a model file into a model. */
  @FunctionalInterface
  public interface Loader<M> {
    M load(String modelId, byte[] modelFile) throws IOException;
  }

  /** A loaded champion. */
  public record Loaded<M>(ChampionRecord record, M model) {}

  private final ModelArchive archive;
  private final Loader<M> loader;
  private Loaded<M> cached;
  private int loads;

  public ChampionCache(ModelArchive archive, Loader<M> loader) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** The current champion, or empty when no model has been promoted yet. */
  public synchronized Optional<Loaded<M>> current() throws IOException {
    Optional<ChampionRecord> pointer = archive.champion();
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    if (cached == null || !cached.record().modelId().equals(pointer.get().modelId())) {
      String id = pointer.get().modelId();
      cached = new Loaded<>(pointer.get(), loader.load(id, archive.modelFile(id)));
      loads++;
    }
    return Optional.of(cached);
  }

  /** How many times a model file has been loaded (for tests and the log). */
  public synchronized int loads() {
    return loads;
  }
}
