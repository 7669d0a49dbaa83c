namespace Orleans.Grains.Security;

/// <summary>Bound from "PasswordHash".</summary>
public sealed class PasswordHashOptions
{
    /// <summary>PBKDF2 iterations. Default 100,000 (OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; this
    /// default trades some of that for login throughput on small machines; raise it in configuration).</summary>
    public int Iterations { get; set; } = 100_000;
}
