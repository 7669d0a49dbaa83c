namespace Orleans.Tests.Cluster.Membership;

/// <summary>Waits for work that runs on its own (a client library reconnecting, a hosted loop) to get somewhere.
/// Not a way to let time pass: time rules run on the test's clock.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);
}
