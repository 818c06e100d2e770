package org.convergence.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;

/**
 * The sweep as a Beam pipeline: the elements (configuration, block) are spread over the workers, each runs its
 * block ({@link BlockRunner}), the blocks of a configuration are grouped, joined ({@link ConfigurationJoin}) and
 * written ({@link SweepOutput}) as soon as they are all there.
 */
final class SweepPipeline {
  /** The counter of elements done, read for the terminal's progress. */
  static final String NAMESPACE = "sweep";
  static final String BLOCKS_DONE = "blocks_done";

  private SweepPipeline() {}

  static Pipeline build(PipelineOptions options, SweepContext ctx, List<BlockTask> tasks) {
    return build(options, ctx, tasks, List.of());
  }

  /** The backtest elements and the price-model evaluation elements, each joined and written on its own branch. */
  static Pipeline build(PipelineOptions options, SweepContext ctx, List<BlockTask> tasks,
      List<EvaluationTask> evaluations) {
    Pipeline p = Pipeline.create(options);
    if (!tasks.isEmpty()) {
      p.apply("Elements", Create.of(new ArrayList<>(tasks)).withCoder(SerializableCoder.of(BlockTask.class)))
          .apply("Spread", Reshuffle.viaRandomKey())
          .apply("RunBlock", ParDo.of(new RunBlockFn(ctx)))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(BlockOutcome.class)))
          .apply("BlocksOfConfiguration", GroupByKey.create())
          .apply("JoinAndWrite", ParDo.of(new JoinFn(ctx)));
    }
    if (!evaluations.isEmpty()) {
      p.apply("EvaluationElements", Create.of(new ArrayList<>(evaluations))
              .withCoder(SerializableCoder.of(EvaluationTask.class)))
          .apply("SpreadEvaluations", Reshuffle.viaRandomKey())
          .apply("RunEvaluationBlock", ParDo.of(new RunEvaluationFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(EvaluationOutcome.class)))
          .apply("BlocksOfEvaluation", GroupByKey.create())
          .apply("JoinAndWriteEvaluation", ParDo.of(new JoinEvaluationFn(ctx.out())));
    }
    return p;
  }

  /** Runs one block of a price-model evaluation; the data file is read once per worker (EvaluationRunner). */
  static final class RunEvaluationFn extends DoFn<EvaluationTask, KV<String, EvaluationOutcome>> {
    private static final long serialVersionUID = 1L;
    private final Counter done = Metrics.counter(NAMESPACE, BLOCKS_DONE);

    @ProcessElement
    public void process(@Element EvaluationTask task, OutputReceiver<KV<String, EvaluationOutcome>> out) {
      out.output(KV.of(task.spec().id(), EvaluationRunner.run(task)));
      done.inc();
    }
  }

  /** Joins an evaluation's blocks into the one run's result and writes its files. */
  static final class JoinEvaluationFn extends DoFn<KV<String, Iterable<EvaluationOutcome>>, String> {
    private static final long serialVersionUID = 1L;
    private final String out;

    JoinEvaluationFn(String out) {
      this.out = out;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<EvaluationOutcome>> blocks, OutputReceiver<String> o) {
      List<org.convergence.model.eval.RollingEvaluation.Result> results = new ArrayList<>();
      EvaluationTask.Spec spec = null;
      for (EvaluationOutcome e : blocks.getValue()) {
        results.add(e.result());
        spec = e.task().spec();
      }
      SweepOutput.writeEvaluation(out, spec, org.convergence.model.eval.EvaluationBlocks.joinResults(results),
          results.size());
      o.output(blocks.getKey());
    }
  }

  /** Runs one block; the data are read once per worker (BlockRunner's cache), not once per element. */
  static final class RunBlockFn extends DoFn<BlockTask, KV<String, BlockOutcome>> {
    private static final long serialVersionUID = 1L;
    private final SweepContext ctx;
    private final Counter done = Metrics.counter(NAMESPACE, BLOCKS_DONE);

    RunBlockFn(SweepContext ctx) {
      this.ctx = ctx;
    }

    @ProcessElement
    public void process(@Element BlockTask task, OutputReceiver<KV<String, BlockOutcome>> out) {
      out.output(KV.of(task.configuration().id(), BlockRunner.run(ctx, task)));
      done.inc();
    }
  }

  /** Joins a configuration's blocks and writes its result files. */
  static final class JoinFn extends DoFn<KV<String, Iterable<BlockOutcome>>, String> {
    private static final long serialVersionUID = 1L;
    private final SweepContext ctx;

    JoinFn(SweepContext ctx) {
      this.ctx = ctx;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<BlockOutcome>> blocks, OutputReceiver<String> out) {
      List<BlockOutcome> list = new ArrayList<>();
      blocks.getValue().forEach(list::add);
      ConfigurationJoin.Joined j = ConfigurationJoin.join(ctx, list);
      SweepOutput.write(ctx, list.get(0).task().configuration(), j);
      out.output(blocks.getKey());
    }
  }
}
