using System.Net.Http.Headers;
using System.Text.Json;
using ApiHost.Protocols.Yaf;

namespace Orleans.Tests.TestKit;

/// <summary>A mobile client of the signed protocol: builds data with the fixed parameters, signs it, posts the form.</summary>
public sealed class YafClient(HttpClient http, string appId = YafClient.IosAppId, string secret = YafClient.IosSecret)
{
    public const string IosAppId = "ios_app_id";
    public const string IosSecret = "7512100214f62d7de8ba01b281d6da02";
    public const string AdminAppId = "admin_app_id";
    public const string AdminSecret = "9f2c47a1d8e3b6c05a4f1e2d3c7b8a90";

    /// <summary>Platform sent in the fixed parameters (1 iOS, 2 Android, 3 H5, 4 web).</summary>
    public int Platform { get; set; } = 1;

    /// <summary>Sent as X-Forwarded-For when set (the test host trusts it when Yaf:TrustForwardedFor is true).</summary>
    public string? ForwardedFor { get; set; }

    public HttpClient Http => http;

    /// <summary>Where default timestamps come from: set it to the host's manual clock in time-dependent tests.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Calls a method with business parameters (snake_case keys); fixed parameters are filled in.</summary>
    public Task<YafReply> CallAsync(string method, object? parameters = null, string version = "1.0.0", long? timestamp = null, string path = "/")
    {
        var data = BuildData(method, parameters, version, timestamp);
        return PostAsync(data, SignatureVerifier.Compute(data, secret), path);
    }

    public string BuildData(string method, object? parameters = null, string version = "1.0.0", long? timestamp = null)
    {
        var fields = new Dictionary<string, object?>
        {
            ["method"] = method,
            ["v"] = version,
            ["appid"] = appId,
            ["timestamp"] = (timestamp ?? Clock.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unique_id"] = "68f66b5b72b864dd389748bffe112f4f",
            ["app_v"] = "1.0.0",
            ["platform"] = Platform,
            ["channel"] = string.Empty,
            ["device_token"] = string.Empty,
            // A nonce keeps two identical calls in one second distinct, as real clients' differing timestamps do.
            ["nonce"] = Guid.NewGuid().ToString("N"),
        };
        if (parameters is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(parameters).EnumerateObject())
            {
                fields[property.Name] = property.Value;
            }
        }

        return JsonSerializer.Serialize(fields);
    }

    public string Sign(string data) => SignatureVerifier.Compute(data, secret);

    /// <summary>Posts data and sign exactly as given (url-encoded form).</summary>
    public async Task<YafReply> PostAsync(string? data, string? sign, string path = "/")
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (data is not null)
        {
            fields.Add(new("data", data));
        }

        if (sign is not null)
        {
            fields.Add(new("sign", sign));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Posts a multipart form: data, sign and files (field name, file name, bytes).</summary>
    public async Task<YafReply> PostMultipartAsync(string method, object? parameters, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var data = BuildData(method, parameters);
        var content = new MultipartFormDataContent
        {
            { new StringContent(data), "data" },
            { new StringContent(Sign(data)), "sign" },
        };
        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, fileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        return await SendAsync(request);
    }

    public async Task<YafReply> SendAsync(HttpRequestMessage request)
    {
        if (ForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", ForwardedFor);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return new YafReply((int)response.StatusCode, 0, body, null);
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new YafReply(
            (int)response.StatusCode,
            root.GetProperty("code").GetInt32(),
            root.GetProperty("msg").GetString()!,
            root.TryGetProperty("data", out var payload) ? payload.Clone() : null);
    }
}
