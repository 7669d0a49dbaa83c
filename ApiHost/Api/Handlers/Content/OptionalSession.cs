namespace ApiHost.Api.Handlers.Content;

/// <summary>For public methods that do more for a signed-in caller (notices marked read): the user of a valid token,
/// else null. A missing or dead token is not an error here; the public part of the answer is the same for everyone.</summary>
public static class OptionalSession
{
    public static async Task<long?> UserIdAsync(SessionAuthenticator sessions, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var check = await sessions.CheckAsync(token);
        return check.Status == Orleans.Grains.Identity.SessionStatus.Valid ? check.UserId : null;
    }
}
