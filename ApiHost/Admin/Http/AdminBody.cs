using System.Text.Json;
using ApiHost.Api;

namespace ApiHost.Admin.Http;

/// <summary>Reads a JSON request body within a size limit and binds it strictly (<see cref="AdminJson"/>); every
/// failure is a clean 400 (or 413) naming the field, never a framework error page.</summary>
public static class AdminBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var root = await ReadObjectAsync(request, cancellationToken);
        try
        {
            return root.Deserialize<T>(AdminJson.Options) ?? throw AdminException.Invalid("body", "must be a JSON object");
        }
        catch (JsonException exception)
        {
            throw AdminException.Invalid(JsonErrorField.From(exception, "body"), "is missing, unknown or of the wrong type");
        }
    }

    /// <summary>The body as a JSON object (for endpoints that pass parameters through, like dispatch). With
    /// <paramref name="allowEmpty"/> an empty body reads as <c>{}</c>.</summary>
    public static async Task<JsonElement> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken, bool allowEmpty = false)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        if (allowEmpty && buffer.Length == 0)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        if (!request.HasJsonContentType())
        {
            throw AdminException.Invalid("body", "must be JSON (Content-Type: application/json)");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = AdminJson.Options.MaxDepth });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw AdminException.Invalid("body", "is not valid JSON");
        }

        return root.ValueKind == JsonValueKind.Object ? root : throw AdminException.Invalid("body", "must be a JSON object");
    }

    private static AdminException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, AdminErrorCodes.BodyTooLarge, $"body: larger than {MaxBytes} bytes");

}
