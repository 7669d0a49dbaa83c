using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Orleans.Tests.TestKit;

/// <summary>The real ApiHost (its Program, co-hosted silo and all) on an in-memory test server, with a private data
/// folder. Settings override configuration as command-line arguments would. The demo data set is off unless a test
/// passes DemoData:Enabled=true, so every test starts from empty storage.</summary>
public sealed class ApiHostFactory(Dictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("DemoData:Enabled", "false");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }
    }
}
