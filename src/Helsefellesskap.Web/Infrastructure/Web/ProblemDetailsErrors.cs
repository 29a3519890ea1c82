namespace Helsefellesskap.Web.Infrastructure.Web;

/// <summary>
/// Endpoint metadata: the endpoint is for programs, so its errors are problem details (JSON), also the 404 for an
/// unknown community that <see cref="Tenancy.TenantResolutionMiddleware"/> gives before the endpoint runs.
/// </summary>
public sealed class ProblemDetailsErrors;
