using System.Net.Sockets;

namespace Orleans.Tests.LoadTest;

/// <summary>Fails every request as a refused TCP connection does.</summary>
internal sealed class RefusingHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (shop.test:80)", new SocketException((int)SocketError.ConnectionRefused));
}
