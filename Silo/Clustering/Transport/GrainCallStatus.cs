namespace Orleans.Runtime.Transport;

/// <summary>How a silo answered a grain call.</summary>
internal enum GrainCallStatus
{
    /// <summary>The call ran and returned; the result (if any) is in the answer.</summary>
    Ok = 0,

    /// <summary>The call ran (or could not be started) and threw; type and message are in the answer.</summary>
    Failed = 1,

    /// <summary>The silo did not run the call: it does not own the grain in its view, or is not serving (starting,
    /// stopping). The caller may refresh membership and retry elsewhere.</summary>
    Refused = 2,
}
