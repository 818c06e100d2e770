package org.convergence.model.file;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.convergence.model.PriceModel;
import org.convergence.model.eval.ResidualQuantiles;
import org.convergence.model.gbm.QuantileBoostModel;
import org.convergence.model.lear.LearEnsemble;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.lear.LearWindowModel;
import org.convergence.model.lear.RobustAsinhScaler;
import org.convergence.model.naive.NaiveTrainer;
import smile.regression.GradientTreeBoost;

/** Writes and reads {@link ModelFile}s (JSON, Jackson), and turns them into {@link PriceModel}s and back. */
public final class ModelFiles {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFiles() {}

  /** Writes atomically (temporary file then move), so a reader never sees half a model. */
  public static void save(ModelFile file, Path path) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
    JSON.writeValue(tmp.toFile(), file);
    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static ModelFile load(Path path) throws IOException {
    ModelFile f;
    try {
      f = JSON.readValue(path.toFile(), ModelFile.class);
    } catch (IOException e) {
      throw new IOException(path + " is not a readable model file: " + e.getMessage(), e);
    }
    if (f.formatVersion() != ModelFile.FORMAT_VERSION) {
      throw new IOException(path + ": model file format " + f.formatVersion() + " is not supported (expected "
          + ModelFile.FORMAT_VERSION + ")");
    }
    return f;
  }

  public static String toJson(ModelFile f) throws IOException {
    return JSON.writeValueAsString(f);
  }

  public static ModelFile fromJson(String json) throws IOException {
    return JSON.readValue(json, ModelFile.class);
  }

  /** A model file for a trained model, with its provenance and (for point models) quantile offsets. */
  public static ModelFile of(PriceModel model, int availabilityLagDays, Provenance provenance,
      ModelFile.ResidualQuantileOffsets quantiles) {
    return of(model, availabilityLagDays, provenance, quantiles, 0);
  }

  /** As above, with the conformal widening of its 10-90 % band (the residual band of a point model, or its own). */
  public static ModelFile of(PriceModel model, int availabilityLagDays, Provenance provenance,
      ModelFile.ResidualQuantileOffsets quantiles, double bandWidening) {
    if (model instanceof LearEnsemble e) {
      if (e.combination() != LearEnsemble.Combination.MEAN) {
        throw new IllegalArgumentException("a model file stores the mean LEAR ensemble only, not the "
            + e.combination().name().toLowerCase() + " of " + model.id());
      }
      return new ModelFile(ModelFile.FORMAT_VERSION, "lear", model.id(), availabilityLagDays, provenance,
          e.members().stream().map(ModelFiles::member).toList(), quantiles, null, null, bandWidening);
    }
    if (model instanceof LearWindowModel m) {
      return new ModelFile(ModelFile.FORMAT_VERSION, "lear", model.id(), availabilityLagDays, provenance,
          List.of(member(m)), quantiles, null, null, bandWidening);
    }
    if (model instanceof QuantileBoostModel g) {
      return new ModelFile(ModelFile.FORMAT_VERSION, "gbm", model.id(), availabilityLagDays, provenance, null,
          null, g.levels(), serialize(g.models()), bandWidening);
    }
    if (model.id().startsWith("naive-")) {
      return new ModelFile(ModelFile.FORMAT_VERSION, model.id(), model.id(), availabilityLagDays, provenance, null,
          quantiles, null, null, bandWidening);
    }
    throw new IllegalArgumentException("cannot store a model of type " + model.getClass().getName());
  }

  /** The model a file describes, with its stored quantile offsets applied to point forecasts. */
  public static PriceModel toModel(ModelFile f) {
    PriceModel base = switch (f.modelType()) {
      case "lear" -> new LearEnsemble(f.lear().stream().map(ModelFiles::window).toList());
      case "gbm" -> new QuantileBoostModel(f.gbmLevels(), deserialize(f.gbmSerializedBase64()),
          f.availabilityLagDays(), f.provenance().trainFrom(), f.provenance().trainTo());
      case "naive-weekly" -> new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, f.availabilityLagDays()).model();
      case "naive-standard" -> new NaiveTrainer(NaiveTrainer.Kind.STANDARD, f.availabilityLagDays()).model();
      default -> throw new IllegalArgumentException("unknown model type '" + f.modelType() + "'");
    };
    ModelFile.ResidualQuantileOffsets q = f.residualQuantiles();
    if (q == null && f.bandWideningGbpPerMWh() == 0) {
      return base;
    }
    return new PriceModel() {
      @Override
      public String id() {
        return f.modelId();
      }

      @Override
      public int partialDayHours() {
        return base.partialDayHours();
      }

      @Override
      public org.convergence.model.DayForecast forecast(org.convergence.model.data.DailySeries known,
          java.time.LocalDate target) {
        org.convergence.model.DayForecast p = base.forecast(known, target);
        if (!p.hasQuantiles() && q != null) {
          p = ResidualQuantiles.withQuantiles(p, q.levels(), q.offsets());
        }
        return p.hasQuantiles() ? org.convergence.model.eval.ConformalBand.widen(p, 0.1, 0.9,
            f.bandWideningGbpPerMWh()) : p;
      }
    };
  }

  static ModelFile.LearMember member(LearWindowModel m) {
    if (m.seasonalLevel() != null) {
      throw new IllegalArgumentException("a model file stores plain LEAR windows only, not the seasonal-component "
          + "variant " + m.id());
    }
    int[][] idx = new int[24][];
    double[][] val = new double[24][];
    for (int h = 0; h < 24; h++) {
      List<Integer> is = new ArrayList<>();
      double[] c = m.coefficients()[h];
      for (int j = 0; j < c.length; j++) {
        if (c[j] != 0) {
          is.add(j);
        }
      }
      idx[h] = is.stream().mapToInt(Integer::intValue).toArray();
      val[h] = is.stream().mapToDouble(j -> c[j]).toArray();
    }
    return new ModelFile.LearMember(m.windowDays(), m.trainFrom(), m.trainTo(), m.features().priceLagDays(),
        m.features().exogenousLagDays(), m.inputScaler().median(), m.inputScaler().mad(),
        m.outputScaler().median(), m.outputScaler().mad(), m.alphaByHour(), m.interceptByHour(),
        m.coefficients()[0].length, idx, val, m.features().partialDayHours());
  }

  static LearWindowModel window(ModelFile.LearMember m) {
    double[][] coef = new double[24][m.featureCount()];
    for (int h = 0; h < 24; h++) {
      for (int k = 0; k < m.nonZeroIndexByHour()[h].length; k++) {
        coef[h][m.nonZeroIndexByHour()[h][k]] = m.nonZeroValueByHour()[h][k];
      }
    }
    return new LearWindowModel(m.windowDays(), m.trainFrom(), m.trainTo(),
        new LearFeatures(m.priceLagDays(), m.exogenousLagDays(), m.partialDayHours()),
        new RobustAsinhScaler(m.inputMedian(), m.inputMad()), new RobustAsinhScaler(m.outputMedian(), m.outputMad()),
        m.alphaByHour(), m.interceptByHour(), coef);
  }

  static String serialize(GradientTreeBoost[] models) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(models);
      out.flush();
      return Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the boosting models", e);
    }
  }

  static GradientTreeBoost[] deserialize(String base64) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
      return (GradientTreeBoost[]) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalArgumentException("the stored boosting models cannot be read: " + e.getMessage(), e);
    }
  }
}
