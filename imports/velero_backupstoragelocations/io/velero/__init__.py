from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class BackupStorageLocation(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocation",
):
    '''BackupStorageLocation is a location where Velero stores backup objects.

    :schema: BackupStorageLocation
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupStorageLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackupStorageLocation" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9363a474184b5539278fb29d3001b6cbb3b11d3a091ecb1d52be530f6df6a2b1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackupStorageLocationProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupStorageLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackupStorageLocation".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation.
        '''
        props = BackupStorageLocationProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackupStorageLocation".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BackupStorageLocationProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupStorageLocationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''BackupStorageLocation is a location where Velero stores backup objects.

        :param metadata: 
        :param spec: BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation.

        :schema: BackupStorageLocation
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BackupStorageLocationSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b61f7652f0ec3e403a392a02f2aa0ec87253f544b712e9d3436ce7b0cc60b654)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackupStorageLocation#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["BackupStorageLocationSpec"]:
        '''BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation.

        :schema: BackupStorageLocation#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["BackupStorageLocationSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupStorageLocationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "object_storage": "objectStorage",
        "provider": "provider",
        "access_mode": "accessMode",
        "backup_sync_period": "backupSyncPeriod",
        "config": "config",
        "credential": "credential",
        "default": "default",
        "validation_frequency": "validationFrequency",
    },
)
class BackupStorageLocationSpec:
    def __init__(
        self,
        *,
        object_storage: typing.Union["BackupStorageLocationSpecObjectStorage", typing.Dict[builtins.str, typing.Any]],
        provider: builtins.str,
        access_mode: typing.Optional["BackupStorageLocationSpecAccessMode"] = None,
        backup_sync_period: typing.Optional[builtins.str] = None,
        config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        credential: typing.Optional[typing.Union["BackupStorageLocationSpecCredential", typing.Dict[builtins.str, typing.Any]]] = None,
        default: typing.Optional[builtins.bool] = None,
        validation_frequency: typing.Optional[builtins.str] = None,
    ) -> None:
        '''BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation.

        :param object_storage: ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.
        :param provider: Provider is the provider of the backup storage.
        :param access_mode: AccessMode defines the permissions for the backup storage location.
        :param backup_sync_period: BackupSyncPeriod defines how frequently to sync backup API objects from object storage. A value of 0 disables sync.
        :param config: Config is for provider-specific configuration fields.
        :param credential: Credential contains the credential information intended to be used with this location.
        :param default: Default indicates this location is the default backup storage location.
        :param validation_frequency: ValidationFrequency defines how frequently to validate the corresponding object storage. A value of 0 disables validation.

        :schema: BackupStorageLocationSpec
        '''
        if isinstance(object_storage, dict):
            object_storage = BackupStorageLocationSpecObjectStorage(**object_storage)
        if isinstance(credential, dict):
            credential = BackupStorageLocationSpecCredential(**credential)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a90e07588168b17fe7cbd29612667bbc8d20f858e2029c8622560d6c455c8f3)
            check_type(argname="argument object_storage", value=object_storage, expected_type=type_hints["object_storage"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument access_mode", value=access_mode, expected_type=type_hints["access_mode"])
            check_type(argname="argument backup_sync_period", value=backup_sync_period, expected_type=type_hints["backup_sync_period"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument credential", value=credential, expected_type=type_hints["credential"])
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
            check_type(argname="argument validation_frequency", value=validation_frequency, expected_type=type_hints["validation_frequency"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "object_storage": object_storage,
            "provider": provider,
        }
        if access_mode is not None:
            self._values["access_mode"] = access_mode
        if backup_sync_period is not None:
            self._values["backup_sync_period"] = backup_sync_period
        if config is not None:
            self._values["config"] = config
        if credential is not None:
            self._values["credential"] = credential
        if default is not None:
            self._values["default"] = default
        if validation_frequency is not None:
            self._values["validation_frequency"] = validation_frequency

    @builtins.property
    def object_storage(self) -> "BackupStorageLocationSpecObjectStorage":
        '''ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.

        :schema: BackupStorageLocationSpec#objectStorage
        '''
        result = self._values.get("object_storage")
        assert result is not None, "Required property 'object_storage' is missing"
        return typing.cast("BackupStorageLocationSpecObjectStorage", result)

    @builtins.property
    def provider(self) -> builtins.str:
        '''Provider is the provider of the backup storage.

        :schema: BackupStorageLocationSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_mode(self) -> typing.Optional["BackupStorageLocationSpecAccessMode"]:
        '''AccessMode defines the permissions for the backup storage location.

        :schema: BackupStorageLocationSpec#accessMode
        '''
        result = self._values.get("access_mode")
        return typing.cast(typing.Optional["BackupStorageLocationSpecAccessMode"], result)

    @builtins.property
    def backup_sync_period(self) -> typing.Optional[builtins.str]:
        '''BackupSyncPeriod defines how frequently to sync backup API objects from object storage.

        A value of 0 disables sync.

        :schema: BackupStorageLocationSpec#backupSyncPeriod
        '''
        result = self._values.get("backup_sync_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Config is for provider-specific configuration fields.

        :schema: BackupStorageLocationSpec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def credential(self) -> typing.Optional["BackupStorageLocationSpecCredential"]:
        '''Credential contains the credential information intended to be used with this location.

        :schema: BackupStorageLocationSpec#credential
        '''
        result = self._values.get("credential")
        return typing.cast(typing.Optional["BackupStorageLocationSpecCredential"], result)

    @builtins.property
    def default(self) -> typing.Optional[builtins.bool]:
        '''Default indicates this location is the default backup storage location.

        :schema: BackupStorageLocationSpec#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def validation_frequency(self) -> typing.Optional[builtins.str]:
        '''ValidationFrequency defines how frequently to validate the corresponding object storage.

        A value of 0 disables validation.

        :schema: BackupStorageLocationSpec#validationFrequency
        '''
        result = self._values.get("validation_frequency")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupStorageLocationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationSpecAccessMode"
)
class BackupStorageLocationSpecAccessMode(enum.Enum):
    '''AccessMode defines the permissions for the backup storage location.

    :schema: BackupStorageLocationSpecAccessMode
    '''

    READ_ONLY = "READ_ONLY"
    '''ReadOnly.'''
    READ_WRITE = "READ_WRITE"
    '''ReadWrite.'''


@jsii.data_type(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationSpecCredential",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class BackupStorageLocationSpecCredential:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Credential contains the credential information intended to be used with this location.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: BackupStorageLocationSpecCredential
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01bc13839641fe4f9a9f408d468bfb039c629ebc7a4e4bb6403746cd1b1fd5a0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: BackupStorageLocationSpecCredential#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: BackupStorageLocationSpecCredential#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: BackupStorageLocationSpecCredential#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupStorageLocationSpecCredential(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationSpecObjectStorage",
    jsii_struct_bases=[],
    name_mapping={
        "bucket": "bucket",
        "ca_cert": "caCert",
        "ca_cert_ref": "caCertRef",
        "prefix": "prefix",
    },
)
class BackupStorageLocationSpecObjectStorage:
    def __init__(
        self,
        *,
        bucket: builtins.str,
        ca_cert: typing.Optional[builtins.str] = None,
        ca_cert_ref: typing.Optional[typing.Union["BackupStorageLocationSpecObjectStorageCaCertRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.

        :param bucket: Bucket is the bucket to use for object storage.
        :param ca_cert: CACert defines a CA bundle to use when verifying TLS connections to the provider. Deprecated: Use CACertRef instead.
        :param ca_cert_ref: CACertRef is a reference to a Secret containing the CA certificate bundle to use when verifying TLS connections to the provider. The Secret must be in the same namespace as the BackupStorageLocation.
        :param prefix: Prefix is the path inside a bucket to use for Velero storage. Optional.

        :schema: BackupStorageLocationSpecObjectStorage
        '''
        if isinstance(ca_cert_ref, dict):
            ca_cert_ref = BackupStorageLocationSpecObjectStorageCaCertRef(**ca_cert_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__140a4689d5be40a1357e5aece979900e8ee3be4aa7e17bf9e86cf1f394f9ecd0)
            check_type(argname="argument bucket", value=bucket, expected_type=type_hints["bucket"])
            check_type(argname="argument ca_cert", value=ca_cert, expected_type=type_hints["ca_cert"])
            check_type(argname="argument ca_cert_ref", value=ca_cert_ref, expected_type=type_hints["ca_cert_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bucket": bucket,
        }
        if ca_cert is not None:
            self._values["ca_cert"] = ca_cert
        if ca_cert_ref is not None:
            self._values["ca_cert_ref"] = ca_cert_ref
        if prefix is not None:
            self._values["prefix"] = prefix

    @builtins.property
    def bucket(self) -> builtins.str:
        '''Bucket is the bucket to use for object storage.

        :schema: BackupStorageLocationSpecObjectStorage#bucket
        '''
        result = self._values.get("bucket")
        assert result is not None, "Required property 'bucket' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ca_cert(self) -> typing.Optional[builtins.str]:
        '''CACert defines a CA bundle to use when verifying TLS connections to the provider.

        Deprecated: Use CACertRef instead.

        :schema: BackupStorageLocationSpecObjectStorage#caCert
        '''
        result = self._values.get("ca_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_ref(
        self,
    ) -> typing.Optional["BackupStorageLocationSpecObjectStorageCaCertRef"]:
        '''CACertRef is a reference to a Secret containing the CA certificate bundle to use when verifying TLS connections to the provider.

        The Secret must be in the same
        namespace as the BackupStorageLocation.

        :schema: BackupStorageLocationSpecObjectStorage#caCertRef
        '''
        result = self._values.get("ca_cert_ref")
        return typing.cast(typing.Optional["BackupStorageLocationSpecObjectStorageCaCertRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix is the path inside a bucket to use for Velero storage.

        Optional.

        :schema: BackupStorageLocationSpecObjectStorage#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupStorageLocationSpecObjectStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_backupstoragelocations_iovelero.BackupStorageLocationSpecObjectStorageCaCertRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class BackupStorageLocationSpecObjectStorageCaCertRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''CACertRef is a reference to a Secret containing the CA certificate bundle to use when verifying TLS connections to the provider.

        The Secret must be in the same
        namespace as the BackupStorageLocation.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: BackupStorageLocationSpecObjectStorageCaCertRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98537a2fdbcf07c03d2f2f2c08db539ebb50f6773ea0cf65f8510803dcf03377)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: BackupStorageLocationSpecObjectStorageCaCertRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: BackupStorageLocationSpecObjectStorageCaCertRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: BackupStorageLocationSpecObjectStorageCaCertRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupStorageLocationSpecObjectStorageCaCertRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "BackupStorageLocation",
    "BackupStorageLocationProps",
    "BackupStorageLocationSpec",
    "BackupStorageLocationSpecAccessMode",
    "BackupStorageLocationSpecCredential",
    "BackupStorageLocationSpecObjectStorage",
    "BackupStorageLocationSpecObjectStorageCaCertRef",
]

publication.publish()

def _typecheckingstub__9363a474184b5539278fb29d3001b6cbb3b11d3a091ecb1d52be530f6df6a2b1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupStorageLocationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b61f7652f0ec3e403a392a02f2aa0ec87253f544b712e9d3436ce7b0cc60b654(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupStorageLocationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a90e07588168b17fe7cbd29612667bbc8d20f858e2029c8622560d6c455c8f3(
    *,
    object_storage: typing.Union[BackupStorageLocationSpecObjectStorage, typing.Dict[builtins.str, typing.Any]],
    provider: builtins.str,
    access_mode: typing.Optional[BackupStorageLocationSpecAccessMode] = None,
    backup_sync_period: typing.Optional[builtins.str] = None,
    config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    credential: typing.Optional[typing.Union[BackupStorageLocationSpecCredential, typing.Dict[builtins.str, typing.Any]]] = None,
    default: typing.Optional[builtins.bool] = None,
    validation_frequency: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01bc13839641fe4f9a9f408d468bfb039c629ebc7a4e4bb6403746cd1b1fd5a0(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__140a4689d5be40a1357e5aece979900e8ee3be4aa7e17bf9e86cf1f394f9ecd0(
    *,
    bucket: builtins.str,
    ca_cert: typing.Optional[builtins.str] = None,
    ca_cert_ref: typing.Optional[typing.Union[BackupStorageLocationSpecObjectStorageCaCertRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98537a2fdbcf07c03d2f2f2c08db539ebb50f6773ea0cf65f8510803dcf03377(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
