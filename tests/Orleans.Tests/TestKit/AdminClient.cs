using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Orleans.Tests.TestKit;

/// <summary>A client of the admin REST API: signs in (the bootstrap admin by default, whose password the host gets
/// from <see cref="Settings"/>), sends the token as X-Auth-Token and parses the admin envelope.</summary>
public sealed class AdminClient(HttpClient http)
{
    public const string BootstrapUsername = "admin";
    public const string BootstrapPassword = "bootstrap-secret-1";

    public HttpClient Http => http;

    /// <summary>The session token sent with each request; set by <see cref="LoginAsync"/>.</summary>
    public string? Token { get; set; }

    /// <summary>ApiHostFactory settings with the bootstrap admin's password (and in-memory storage unless given).</summary>
    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Memory", ["ADMIN_PASSWORD"] = BootstrapPassword };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A client signed in as the given admin (the bootstrap admin by default); fails the test otherwise.</summary>
    public static async Task<AdminClient> SignInAsync(HttpClient http, string username = BootstrapUsername, string password = BootstrapPassword)
    {
        var client = new AdminClient(http);
        var reply = await client.LoginAsync(username, password);
        Assert.True(reply.HttpStatus == 200 && reply.ErrCode == 0, $"login of {username} failed: {reply}");
        return client;
    }

    /// <summary>POST /v1/login; on success keeps the token for later calls.</summary>
    public async Task<AdminResponse> LoginAsync(string username, string password)
    {
        var reply = await SendAsync(HttpMethod.Post, "/v1/login", new { username, password });
        if (reply is { HttpStatus: 200, ErrCode: 0 })
        {
            Token = reply.First.GetProperty("token").GetString();
        }

        return reply;
    }

    public Task<AdminResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<AdminResponse> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<AdminResponse> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public Task<AdminResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Sends a raw body (e.g. malformed JSON) with the given content type.</summary>
    public Task<AdminResponse> SendRawAsync(HttpMethod method, string path, string body, string contentType = "application/json") =>
        SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) });

    public Task<AdminResponse> SendAsync(HttpMethod method, string path, object? body = null) =>
        SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) });

    public async Task<AdminResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (Token is not null)
            {
                request.Headers.Add("X-Auth-Token", Token);
            }

            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return Parse((int)response.StatusCode, body);
        }
    }

    public static AdminResponse Parse(int status, string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new AdminResponse(
            status,
            body,
            root.GetProperty("errCode").GetInt32(),
            root.GetProperty("message").GetString()!,
            root.TryGetProperty("data", out var data) ? data.Clone() : null,
            root.TryGetProperty("count", out var count) ? count.GetInt64() : null);
    }
}
