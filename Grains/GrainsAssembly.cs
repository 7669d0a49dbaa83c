namespace Orleans.Grains;

/// <summary>Names this assembly for the silo's grain scan.</summary>
public static class GrainsAssembly;
