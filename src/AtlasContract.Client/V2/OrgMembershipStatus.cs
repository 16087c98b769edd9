#nullable enable
using System;
using Newtonsoft.Json;

namespace AtlasContract.Client.V2;

/// <summary>
/// The organization membership status of a user (listOrgUsers' discriminator, and its
/// <c>orgMembershipStatuses</c> filter). An extensible string: the known values are named, and a status Atlas
/// adds later is kept as it is, never rejected.
/// </summary>
[JsonConverter(typeof(OrgMembershipStatusJsonConverter))]
public readonly struct OrgMembershipStatus : IEquatable<OrgMembershipStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire value.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public OrgMembershipStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Invited, the invitation not yet answered (the pending shape).</summary>
    public static OrgMembershipStatus Pending { get; } = new("PENDING");

    /// <summary>A member (the active shape).</summary>
    public static OrgMembershipStatus Active { get; } = new("ACTIVE");

    /// <summary>The invitation expired (the pending shape).</summary>
    public static OrgMembershipStatus InvitationExpired { get; } = new("INVITATION_EXPIRED");

    /// <summary>The invitation was declined (the pending shape, <c>invitationExpiresAt</c> null).</summary>
    public static OrgMembershipStatus InvitationRejected { get; } = new("INVITATION_REJECTED");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a wire value.</summary>
    public static implicit operator OrgMembershipStatus(string value) => new(value);

    /// <summary>Compares wire values (ordinal, case-sensitive as Atlas is).</summary>
    public static bool operator ==(OrgMembershipStatus left, OrgMembershipStatus right) => left.Equals(right);

    /// <summary>Compares wire values.</summary>
    public static bool operator !=(OrgMembershipStatus left, OrgMembershipStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(OrgMembershipStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrgMembershipStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value (the generated client writes query parameters with it).</summary>
    public override string ToString() => Value;
}

/// <summary>Reads and writes <see cref="OrgMembershipStatus"/> as a JSON string.</summary>
public sealed class OrgMembershipStatusJsonConverter : JsonConverter<OrgMembershipStatus>
{
    /// <inheritdoc />
    public override OrgMembershipStatus ReadJson(JsonReader reader, Type objectType, OrgMembershipStatus existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.String)
        {
            throw new JsonSerializationException($"Expected a string for an organization membership status at '{reader.Path}', found {reader.TokenType}.");
        }

        return new OrgMembershipStatus((string)reader.Value!);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, OrgMembershipStatus value, JsonSerializer serializer) => writer.WriteValue(value.Value);
}
