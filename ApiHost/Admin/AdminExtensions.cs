using ApiHost.Admin.AdPositions;
using ApiHost.Admin.Ads;
using ApiHost.Admin.AppIds;
using ApiHost.Admin.Auth;
using ApiHost.Admin.Categories;
using ApiHost.Admin.Dispatch;
using ApiHost.Admin.Goods;
using ApiHost.Admin.Http;
using ApiHost.Admin.IpBans;
using ApiHost.Admin.Links;
using ApiHost.Admin.Maintenance;
using ApiHost.Admin.Members;
using ApiHost.Admin.Messages;
using ApiHost.Admin.News;
using ApiHost.Admin.Notices;
using ApiHost.Admin.Orders;
using ApiHost.Admin.Seckills;
using ApiHost.Admin.Sms;
using ApiHost.Admin.Swagger;
using ApiHost.Admin.Upgrades;
using ApiHost.Admin.Users;

namespace ApiHost.Admin;

/// <summary>Registers and maps the admin REST API (seed 001 conventions) and its Swagger documentation.</summary>
public static class AdminExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Admin"));
        services.AddSingleton<AdminAuthenticator>();
        services.AddSingleton<AdminSignIn>();
        services.AddSingleton<AdminUserService>();
        services.AddSingleton<SmsOutboxQuery>();
        services.AddSingleton<AdminDispatcher>();
        services.AddSingleton<AppAdminService>();
        services.AddSingleton<SeckillAdminService>();
        services.AddSingleton<MemberAdminService>();
        services.AddSingleton<OrderAdminService>();
        services.AddSingleton<GoodsAdminService>();
        services.AddSingleton<CategoryAdminService>();
        services.AddSingleton<AdPositionAdminService>();
        services.AddSingleton<AdAdminService>();
        services.AddSingleton<NoticeAdminService>();
        services.AddSingleton<UpgradeAdminService>();
        services.AddSingleton<IpBanAdminService>();
        services.AddSingleton<LinkAdminService>();
        services.AddSingleton<NewsAdminService>();
        services.AddSingleton<MessageAdminService>();
        services.AddHostedService<AdminBootstrapper>();
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(AdminSwagger.HeaderScheme, AdminSwagger.Header());
            options.AddSecurityDefinition(AdminSwagger.QueryScheme, AdminSwagger.Query());
            options.OperationFilter<AdminOperationFilter>();
            options.DocumentFilter<YafMethodsDocumentFilter>();
        });
        return services;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder routes)
    {
        routes.MapAdminAuth();
        routes.MapAdminUsers();
        routes.MapSmsOutbox();
        routes.MapAdminDispatch();
        routes.MapAdminApps();
        routes.MapAdminSeckills();
        routes.MapAdminMembers();
        routes.MapAdminOrders();
        routes.MapAdminGoods();
        routes.MapAdminCategories();
        routes.MapAdminAdPositions();
        routes.MapAdminAds();
        routes.MapAdminNotices();
        routes.MapAdminUpgrades();
        routes.MapAdminIpBans();
        routes.MapAdminLinks();
        routes.MapAdminNews();
        routes.MapAdminMessages();
        routes.MapAdminMaintenance();
        return routes;
    }
}
