namespace Orleans.Bench.Grains;

/// <summary>The storage benchmark's grain: every call is one durable state write.</summary>
public interface IWriterGrain : IGrainWithIntegerKey
{
    Task<int> Write(int value);
}
