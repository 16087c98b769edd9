#nullable enable
using System;
using Newtonsoft.Json;

namespace AtlasContract.Client;

/// <summary>
/// An organization role of an invitation. Atlas adds roles over time, so this is an extensible string
/// (the "expandable enum" pattern): the known values are named, and any other value read from Atlas is
/// kept as it is, never rejected and never lost.
/// </summary>
[JsonConverter(typeof(OrganizationRoleJsonConverter))]
public readonly struct OrganizationRole : IEquatable<OrganizationRole>
{
    private readonly string? _value;

    /// <summary>Creates a role from its wire value.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public OrganizationRole(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Organization Owner.</summary>
    public static OrganizationRole OrgOwner { get; } = new("ORG_OWNER");

    /// <summary>Organization Member.</summary>
    public static OrganizationRole OrgMember { get; } = new("ORG_MEMBER");

    /// <summary>Organization Project Creator.</summary>
    public static OrganizationRole OrgGroupCreator { get; } = new("ORG_GROUP_CREATOR");

    /// <summary>Organization Billing Admin.</summary>
    public static OrganizationRole OrgBillingAdmin { get; } = new("ORG_BILLING_ADMIN");

    /// <summary>Organization Billing Viewer.</summary>
    public static OrganizationRole OrgBillingReadOnly { get; } = new("ORG_BILLING_READ_ONLY");

    /// <summary>Organization Stream Processing Admin.</summary>
    public static OrganizationRole OrgStreamProcessingAdmin { get; } = new("ORG_STREAM_PROCESSING_ADMIN");

    /// <summary>Organization Read Only.</summary>
    public static OrganizationRole OrgReadOnly { get; } = new("ORG_READ_ONLY");

    /// <summary>The known values, in the order the Atlas specification lists them.</summary>
    public static System.Collections.Generic.IReadOnlyList<OrganizationRole> Known { get; } =
        new[] { OrgOwner, OrgMember, OrgGroupCreator, OrgBillingAdmin, OrgBillingReadOnly, OrgStreamProcessingAdmin, OrgReadOnly };

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Array.IndexOf((OrganizationRole[])Known, this) >= 0;

    /// <summary>Converts a wire value.</summary>
    public static implicit operator OrganizationRole(string value) => new(value);

    /// <summary>Compares wire values (ordinal, case-sensitive as Atlas is).</summary>
    public static bool operator ==(OrganizationRole left, OrganizationRole right) => left.Equals(right);

    /// <summary>Compares wire values.</summary>
    public static bool operator !=(OrganizationRole left, OrganizationRole right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(OrganizationRole other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Reads and writes <see cref="OrganizationRole"/> as a JSON string.</summary>
public sealed class OrganizationRoleJsonConverter : JsonConverter<OrganizationRole>
{
    /// <inheritdoc />
    public override OrganizationRole ReadJson(JsonReader reader, Type objectType, OrganizationRole existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.String)
        {
            throw new JsonSerializationException($"Expected a string for an organization role at '{reader.Path}', found {reader.TokenType}.");
        }

        return new OrganizationRole((string)reader.Value!);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, OrganizationRole value, JsonSerializer serializer) => writer.WriteValue(value.Value);
}
