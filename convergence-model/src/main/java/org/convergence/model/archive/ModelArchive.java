package org.convergence.model.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Model files, their provenance and evaluations, and the pointer to the champion, under one root folder: a local
 * directory, or a Cloud Storage bucket through google-cloud-nio's {@code gs://} file system (the layout is the same):
 * <pre>
 *   ROOT/champion.json                 the model in service ({@link ChampionRecord}), replaced on promotion
 *   ROOT/MODEL_ID/model.bin            the model file
 *   ROOT/MODEL_ID/provenance.json      how it was made: data window, features, hyper-parameters, versions
 *   ROOT/MODEL_ID/evaluation.json      the champion/challenger evaluation and decision (retrain job)
 * </pre>
 * Every model the retrain job trains is kept (promoted or not) so decisions can be audited; {@code champion.json} is
 * written after the files it points at, so a reader never sees a pointer to a partly written model.
 */
public final class ModelArchive {
  public static final String CHAMPION_FILE = "champion.json";
  public static final String MODEL_FILE = "model.bin";
  public static final String PROVENANCE_FILE = "provenance.json";
  public static final String EVALUATION_FILE = "evaluation.json";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path root;

  public ModelArchive(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /**
   * A location as written in settings or the environment: {@code gs://bucket/prefix} (needs google-cloud-nio on
   * the class path, as the cloud modules have) or a local directory.
   */
  public static Path resolve(String location) {
    String s = Objects.requireNonNull(location, "location").strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("model location is empty");
    }
    if (!s.matches("[a-z][a-z0-9+.-]*://.*")) {
      return Path.of(s);
    }
    try {
      return Path.of(URI.create(s));
    } catch (java.nio.file.FileSystemNotFoundException | java.nio.file.ProviderNotFoundException
        | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot open location " + s + ": no file system for its scheme here ("
          + e.getMessage() + "); gs:// needs google-cloud-nio, which the cloud modules carry", e);
    }
  }

  public Path root() {
    return root;
  }

  static String requireValidId(String modelId) {
    if (modelId == null || !ID.matcher(modelId).matches()) {
      throw new IllegalArgumentException("model id must be lower-case letters, digits, '.', '_' or '-', was '"
          + modelId + "'");
    }
    return modelId;
  }

  /** Stores a model's file and provenance under its id; an id that is already stored is an error. */
  public void store(String modelId, byte[] modelFile, byte[] provenanceJson) throws IOException {
    Path dir = root.resolve(requireValidId(modelId));
    if (Files.exists(dir.resolve(MODEL_FILE))) {
      throw new IOException("model " + modelId + " is already stored in " + root);
    }
    write(dir.resolve(PROVENANCE_FILE), provenanceJson);
    write(dir.resolve(MODEL_FILE), modelFile);
  }

  public void storeEvaluation(String modelId, byte[] evaluationJson) throws IOException {
    write(root.resolve(requireValidId(modelId)).resolve(EVALUATION_FILE), evaluationJson);
  }

  /** Makes a stored model the champion. */
  public void promote(ChampionRecord record) throws IOException {
    if (!Files.exists(root.resolve(record.modelId()).resolve(MODEL_FILE))) {
      throw new IOException("cannot promote " + record.modelId() + ": its model file is not in " + root);
    }
    write(root.resolve(CHAMPION_FILE), JSON.writeValueAsBytes(record));
  }

  /** The champion pointer, or empty when no model has been promoted yet. */
  public Optional<ChampionRecord> champion() throws IOException {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(root.resolve(CHAMPION_FILE)), ChampionRecord.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(root.resolve(CHAMPION_FILE) + " is not a valid champion record: "
          + e.getOriginalMessage(), e);
    }
  }

  public byte[] modelFile(String modelId) throws IOException {
    return Files.readAllBytes(root.resolve(requireValidId(modelId)).resolve(MODEL_FILE));
  }

  public byte[] provenance(String modelId) throws IOException {
    return Files.readAllBytes(root.resolve(requireValidId(modelId)).resolve(PROVENANCE_FILE));
  }

  public Optional<byte[]> evaluation(String modelId) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(root.resolve(requireValidId(modelId)).resolve(EVALUATION_FILE)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Ids of all stored models, sorted. */
  public List<String> modelIds() throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.forEach(p -> {
        String name = p.getFileName().toString().replaceAll("/$", "");
        if (ID.matcher(name).matches() && !name.equals(CHAMPION_FILE)
            && Files.exists(root.resolve(name).resolve(MODEL_FILE))) {
          ids.add(name);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ids.sort(null);
    return ids;
  }

  /**
   * Local files: written to a temporary file and moved into place atomically. Object stores (gs://) publish an
   * object whole when its upload closes, so there the file is written directly.
   */
  private static void write(Path target, byte[] bytes) throws IOException {
    if (target.getFileSystem() != FileSystems.getDefault()) {
      Files.write(target, bytes);
      return;
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".tmp-", "-" + target.getFileName());
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
