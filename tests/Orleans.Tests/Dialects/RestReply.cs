using System.Net.Http.Headers;
using System.Text.Json;

namespace Orleans.Tests.Dialects;

/// <summary>An answer of a REST dialect: HTTP status, the Allow header, and the JSON body.</summary>
public sealed record RestReply(int Http, string? Allow, JsonElement Body)
{
    public int Int(string name) => Body.GetProperty(name).GetInt32();

    public string Str(string name) => Body.GetProperty(name).GetString()!;

    public JsonElement Data => Body.GetProperty("data");

    public override string ToString() => $"HTTP {Http} {Body.GetRawText()}";

    public static async Task<RestReply> SendAsync(HttpClient http, HttpMethod method, string path, object? json = null, IDictionary<string, string>? form = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = JsonContent(json);
        }
        else if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new RestReply((int)response.StatusCode, response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null, document.RootElement.Clone());
    }

    private static HttpContent JsonContent(object json)
    {
        var content = new StringContent(json as string ?? JsonSerializer.Serialize(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
