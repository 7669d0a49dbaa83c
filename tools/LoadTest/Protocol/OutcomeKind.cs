namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>How a call ended, before looking at the answer's code.</summary>
public enum OutcomeKind
{
    /// <summary>A protocol answer with a code and msg (HTTP 200 with a JSON envelope).</summary>
    Answer,

    /// <summary>HTTP status other than 2xx (no envelope to read).</summary>
    HttpStatus,

    /// <summary>The connection failed (refused, reset, DNS...).</summary>
    Transport,

    /// <summary>No answer within the request timeout.</summary>
    Timeout,

    /// <summary>HTTP 2xx whose body is not the protocol's envelope.</summary>
    Invalid,
}
