using System.Collections.Concurrent;

namespace Orleans.Tests.TestGrains;

/// <summary>Records lifecycle events of test grains so tests can assert on activations and deactivations.</summary>
public sealed class LifecycleProbe
{
    private readonly ConcurrentQueue<(string Event, string Key)> _events = new();

    public void Record(string @event, string key) => _events.Enqueue((@event, key));

    public int Count(string @event, string key) => _events.Count(e => e.Event == @event && e.Key == key);

    public async Task WaitForAsync(string @event, string key, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Count(@event, key) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No '{@event}' for {key} (want {count}, saw {Count(@event, key)}).");
            }

            await Task.Delay(10);
        }
    }
}
