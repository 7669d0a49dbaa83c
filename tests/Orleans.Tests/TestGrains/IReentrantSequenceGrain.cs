namespace Orleans.Tests.TestGrains;

public interface IReentrantSequenceGrain : ISequence, IGrainWithStringKey;
