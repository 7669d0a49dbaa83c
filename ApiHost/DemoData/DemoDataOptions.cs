namespace ApiHost.DemoData;

/// <summary>Bound from "DemoData". The test host sets Enabled=false unless a test asks for the demo set.</summary>
public sealed class DemoDataOptions
{
    /// <summary>Seed the demo data set on first start with empty storage. Default true, so a newcomer sees a shop.</summary>
    public bool Enabled { get; set; } = true;
}
