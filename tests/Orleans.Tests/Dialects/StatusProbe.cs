using System.Text;

namespace Orleans.Tests.Dialects;

/// <summary>Sends a request and answers its HTTP status and its Server-Status header (seed 002's maintenance mark),
/// for the routes whose body the other helpers already check.</summary>
public static class StatusProbe
{
    public static async Task<(int Http, string? ServerStatus)> SendAsync(HttpClient http, HttpMethod method, string path, string? json = null, IDictionary<string, string>? form = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        else if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, response.Headers.TryGetValues("Server-Status", out var values) ? string.Join(",", values) : null);
    }
}
