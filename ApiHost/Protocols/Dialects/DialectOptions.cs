namespace ApiHost.Protocols.Dialects;

/// <summary>Limits shared by the sibling protocols (seeds 000, 001, 002, 004), bound from the "Dialects" section.</summary>
public sealed class DialectOptions
{
    /// <summary>Largest request body (JSON or url-encoded form). Default 64 KB.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Most parameters (query and body together) one request may carry. Default 64.</summary>
    public int MaxParameters { get; set; } = 64;

    /// <summary>Largest pageSize of seed 000. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Flash-sale calls (see <see cref="FlashSaleMethods"/>) running at once through the dialects; one more is
    /// shed at once with each dialect's "busy" answer (seed 000: HTTP 503) instead of queueing behind the sale. 0 sheds
    /// every such call (an emergency switch). Default 512.</summary>
    public int FlashSaleConcurrency { get; set; } = 512;

    /// <summary>True: REST dialect requests must name their app (X-App-Id header or appid parameter), so that the app
    /// registration's <c>dialects</c> applies to every client. False (default): requests naming no app pass, as
    /// before apps could be restricted per dialect.</summary>
    public bool RequireAppId { get; set; }

    /// <summary>The methods of the flash-sale hot path that <see cref="FlashSaleConcurrency"/> bounds.</summary>
    public List<string> FlashSaleMethods { get; set; } = ["seckill.buy"];
}
