namespace Orleans.Tests.TestGrains;

public interface ISequenceGrain : ISequence, IGrainWithStringKey;
