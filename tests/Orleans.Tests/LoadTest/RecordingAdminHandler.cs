using System.Net;
using System.Text;

namespace Orleans.Tests.LoadTest;

/// <summary>Answers every admin call as POST /v1/seckills does (a record with an id) and keeps each request's path
/// and body, so a test sees exactly what the generator sent.</summary>
internal sealed class RecordingAdminHandler : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body));
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent("""{"errCode":0,"message":"OK","count":1,"data":[{"id":91}]}""", Encoding.UTF8, "application/json"),
        };
    }
}
