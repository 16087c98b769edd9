#nullable enable
namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Creates the clients registered under a name (<c>services.AddAtlasClients("billing", …)</c>): one Atlas account or
/// organization per name, each with its own base address, credentials and handler chain.
/// </summary>
public interface IAtlasClientFactory
{
    /// <summary>A client of the account registered as <paramref name="name"/>.</summary>
    /// <typeparam name="TClient">The client interface (e.g. <c>IAtlasOrgUsersClient</c>) or class.</typeparam>
    /// <param name="name">The name it was registered under; <c>""</c> for the unnamed registration.</param>
    /// <returns>A new client (clients are cheap: the HTTP handlers are pooled by <c>IHttpClientFactory</c>).</returns>
    /// <exception cref="System.InvalidOperationException">No <typeparamref name="TClient"/> is registered under <paramref name="name"/>.</exception>
    TClient CreateClient<TClient>(string name)
        where TClient : class;
}
