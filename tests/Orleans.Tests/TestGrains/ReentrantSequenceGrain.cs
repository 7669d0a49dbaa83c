using Orleans.Concurrency;

namespace Orleans.Tests.TestGrains;

[Reentrant]
public sealed class ReentrantSequenceGrain : SequenceGrainBase, IReentrantSequenceGrain;
