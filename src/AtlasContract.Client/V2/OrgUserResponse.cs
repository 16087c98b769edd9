#nullable enable
using Newtonsoft.Json;

namespace AtlasContract.Client.V2;

/// <summary>
/// The discriminator of the generated <see cref="OrgUserResponse"/> hierarchy. NJsonSchema does not generate the
/// discriminator property, and its inheritance converter drops the value unless a property of that name exists;
/// declared here, the status read from Atlas is kept on every user, including a status this client does not
/// know yet (such a user is read as the base <see cref="OrgUserResponse"/>, its other fields in
/// <see cref="OrgUserResponse.AdditionalProperties"/>).
/// </summary>
public partial class OrgUserResponse
{
    /// <summary>PENDING, ACTIVE, INVITATION_EXPIRED, INVITATION_REJECTED, or a status Atlas adds later.</summary>
    [JsonProperty("orgMembershipStatus", Required = Required.Always)]
    public OrgMembershipStatus OrgMembershipStatus { get; set; }
}
