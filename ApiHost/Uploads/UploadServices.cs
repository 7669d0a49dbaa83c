using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ApiHost.Uploads;

public static class UploadServices
{
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection("Uploads"));
        services.AddSingleton<ImageUploadStore>();
        return services;
    }

    /// <summary>Serves stored images read-only at /uploads: GET/HEAD of the four image types only, no directory
    /// listing, and nosniff so a browser never reinterprets a file as something else.</summary>
    public static IApplicationBuilder UseUploadedFiles(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<ImageUploadStore>();
        Directory.CreateDirectory(store.Root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var format in ImageFormat.All)
        {
            types.Mappings["." + format.Extension] = format.ContentType;
        }

        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(store.Root),
            RequestPath = ImageUploadStore.RequestPath,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = file => file.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
    }
}
