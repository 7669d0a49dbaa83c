namespace Orleans.Tests.TestGrains;

public sealed class SequenceGrain : SequenceGrainBase, ISequenceGrain;
