using System.Net;
using System.Text.Json;
using ApiHost.Api;
using ApiHost.Api.Handlers.SystemMethods;
using ApiHost.Protocols.Yaf;
using ApiHost.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Tests.Gateway;

namespace Orleans.Tests.SystemMethods;

/// <summary>system.upload (section 2.4). Through HTTP: login is required (602/601) before a file is looked at. The
/// signed-in path runs the real handler from the host's services with a signed-in context (the identity methods that
/// issue sessions are not in this branch), and the stored file is then fetched over HTTP at its relative URL.</summary>
public sealed class SystemUploadTests : IAsyncLifetime
{
    private readonly GatewayHost _host = new(new() { ["Uploads:MaxImageBytes"] = "4096" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private SystemUploadHandler Handler => _host.Factory.Services.GetServices<IApiHandler>().OfType<SystemUploadHandler>().Single();

    private ImageUploadStore Store => _host.Factory.Services.GetRequiredService<ImageUploadStore>();

    [Fact]
    public async Task Without_a_token_the_upload_answers_602_and_stores_nothing()
    {
        var reply = await _host.Client().PostMultipartAsync("system.upload", new { token = "" }, ("image", "a.png", UploadSamples.Png));

        Assert.Equal(602, reply.Code);
        Assert.Empty(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_malformed_token_answers_601()
    {
        var reply = await _host.Client().PostMultipartAsync("system.upload", new { token = "nonsense" }, ("image", "a.png", UploadSamples.Png));

        Assert.Equal(601, reply.Code);
    }

    [Fact]
    public void The_method_requires_a_session_and_is_a_write()
    {
        Assert.Equal((SessionRequirement.Required, true), (Handler.Session, Handler.IsWrite));
    }

    public static TheoryData<string, string, string> Images => new()
    {
        { "png", "photo.png", "image/png" },
        { "jpeg", "photo.jpg", "image/jpeg" },
        { "gif87", "anim.gif", "image/gif" },
        { "gif89", "x.dat", "image/gif" },
        { "webp", "no-extension", "image/webp" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Images_are_recognised_by_content_stored_by_date_and_served_at_their_url(string kind, string fileName, string contentType)
    {
        var bytes = kind switch
        {
            "png" => UploadSamples.Png,
            "jpeg" => UploadSamples.Jpeg,
            "gif87" => UploadSamples.Gif87,
            "gif89" => UploadSamples.Gif89,
            _ => UploadSamples.WebP,
        };

        var result = await UploadAsync(("image", fileName, bytes));

        var day = _host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var extension = contentType.Split('/')[1].Replace("jpeg", "jpg", StringComparison.Ordinal);
        Assert.Matches($"^/uploads/{day}/[0-9a-f]{{32}}\\.{extension}$", result.RelativeImageUrl);
        Assert.Equal("http://localhost" + result.RelativeImageUrl, result.ImageUrl);
        Assert.True(result.FileId > 0);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Store.Root, day, Path.GetFileName(result.RelativeImageUrl))));

        using var response = await _host.Factory.CreateClient().GetAsync(result.RelativeImageUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task File_ids_are_distinct_and_names_random()
    {
        var first = await UploadAsync(("image", "a.png", UploadSamples.Png));
        var second = await UploadAsync(("image", "a.png", UploadSamples.Png));

        Assert.NotEqual(first.FileId, second.FileId);
        Assert.NotEqual(first.RelativeImageUrl, second.RelativeImageUrl);
    }

    [Fact]
    public async Task A_public_base_url_replaces_the_request_origin()
    {
        await using var host = new GatewayHost(new() { ["Uploads:PublicBaseUrl"] = "https://files.example.com/" });
        var handler = host.Factory.Services.GetServices<IApiHandler>().OfType<SystemUploadHandler>().Single();

        var result = (UploadResult)(await handler.InvokeAsync(Context(host, ("image", "a.gif", UploadSamples.Gif89)))).Data!;

        Assert.Equal("https://files.example.com" + result.RelativeImageUrl, result.ImageUrl);
    }

    public static TheoryData<string, string> NotImages => new()
    {
        { "html", "page.png" },
        { "exe", "setup.png" },
        { "wave", "sound.webp" },
        { "empty", "empty.jpg" },
        { "short", "short.gif" },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task Other_content_is_refused_whatever_its_name(string kind, string fileName)
    {
        var bytes = kind switch
        {
            "html" => UploadSamples.Html,
            "exe" => UploadSamples.Exe,
            "wave" => UploadSamples.Wave,
            "empty" => [],
            _ => "GIF8"u8.ToArray(),
        };

        var error = await Assert.ThrowsAsync<ApiException>(() => UploadAsync(("image", fileName, bytes)));

        Assert.Equal((503, "只支持上传 JPEG、PNG、GIF、WebP 格式的图片"), (YafCodes.For(error.Kind), error.Message));
        Assert.Empty(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_nothing_stays_on_disk()
    {
        var atLimit = await UploadAsync(("image", "ok.png", UploadSamples.Sized(UploadSamples.Png, 4096)));
        var error = await Assert.ThrowsAsync<ApiException>(() => UploadAsync(("image", "big.png", UploadSamples.Sized(UploadSamples.Png, 4097))));

        Assert.Equal((503, "图片不能超过 4 KB"), (YafCodes.For(error.Kind), error.Message));
        Assert.Single(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
        Assert.EndsWith(Path.GetFileName(atLimit.RelativeImageUrl), Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_counts_the_bytes_it_copies_not_a_declared_length()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Store.SaveAsync(new MemoryStream(UploadSamples.Sized(UploadSamples.Jpeg, 10_000)), CancellationToken.None));

        Assert.Equal("图片不能超过 4 KB", error.Message);
        Assert.Empty(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_image_answers_503_naming_it()
    {
        var none = await Assert.ThrowsAsync<ApiException>(() => UploadAsync());
        var otherField = await Assert.ThrowsAsync<ApiException>(() => UploadAsync(("file", "a.png", UploadSamples.Png)));
        var two = await Assert.ThrowsAsync<ApiException>(() => UploadAsync(("image", "a.png", UploadSamples.Png), ("image", "b.png", UploadSamples.Png)));

        Assert.All([none, otherField, two], e => Assert.Equal(ApiErrorKind.InvalidParameter, e.Kind));
        Assert.All([none, otherField, two], e => Assert.Contains("image", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uploads_are_served_read_only_without_listing_or_other_files()
    {
        var stored = await UploadAsync(("image", "a.png", UploadSamples.Png));
        var folder = stored.RelativeImageUrl[..stored.RelativeImageUrl.LastIndexOf('/')];
        await File.WriteAllTextAsync(Path.Combine(Store.Root, "planted.html"), "<script>alert(1)</script>");
        var http = _host.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/uploads/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(folder + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/uploads/planted.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/uploads/../grains.db")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await http.PutAsync(stored.RelativeImageUrl, new ByteArrayContent([1]))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await http.DeleteAsync(stored.RelativeImageUrl)).StatusCode);
        Assert.Equal(UploadSamples.Png, await http.GetByteArrayAsync(stored.RelativeImageUrl));
    }

    private async Task<UploadResult> UploadAsync(params (string Field, string FileName, byte[] Bytes)[] files) =>
        (UploadResult)(await Handler.InvokeAsync(Context(_host, files))).Data!;

    /// <summary>A signed-in call as the dispatcher makes it after a valid session check.</summary>
    private static ApiContext Context(GatewayHost host, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var collection = new FormFileCollection();
        foreach (var (field, fileName, bytes) in files)
        {
            collection.Add(new FormFile(new MemoryStream(bytes), 0, bytes.Length, field, fileName) { Headers = new HeaderDictionary() });
        }

        var request = new ApiRequest(
            JsonSerializer.SerializeToElement(new { method = "system.upload", token = "t" }),
            new FixedParameters("system.upload", "1.0.0", "ios_app_id", host.Clock.GetUtcNow().ToUnixTimeSeconds(), "", "1.0.0", 1, "", ""),
            IPAddress.Loopback,
            collection)
        {
            Origin = "http://localhost",
        };
        return new ApiContext(request, host.Grains, host.Clock, CancellationToken.None) { UserId = 42, Token = "t" };
    }
}
