namespace ApiHost.Admin.Http;

/// <summary>Ends an admin request with an error envelope; the message is safe to show and names the field at fault.</summary>
public sealed class AdminException(int status, int errCode, string message) : Exception(message)
{
    public int Status { get; } = status;

    public int ErrCode { get; } = errCode;

    public static AdminException Invalid(string field, string problem) =>
        new(StatusCodes.Status400BadRequest, AdminErrorCodes.InvalidParameter, $"{field}: {problem}");

    public static AdminException NotFound(string what) =>
        new(StatusCodes.Status404NotFound, AdminErrorCodes.NotFound, $"{what} not found");

    public static AdminException Conflict(string message) =>
        new(StatusCodes.Status409Conflict, AdminErrorCodes.Conflict, message);
}
