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


class ImageValidatingPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicy",
):
    '''
    :schema: ImageValidatingPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ImageValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ImageValidatingPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a8e5001c67a21b18e27ecffbc96a6a307c30e094ad7cf25ab12b131c7a235d4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ImageValidatingPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ImageValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ImageValidatingPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        props = ImageValidatingPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ImageValidatingPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ImageValidatingPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ImageValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 

        :schema: ImageValidatingPolicy
        '''
        if isinstance(spec, dict):
            spec = ImageValidatingPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28a38e6483c079d7cb0c67f4b6e21472401dbfff69d2c05c5a1ac195ee13102e)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ImageValidatingPolicySpec":
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :schema: ImageValidatingPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ImageValidatingPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ImageValidatingPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "attestors": "attestors",
        "validations": "validations",
        "attestations": "attestations",
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "credentials": "credentials",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "images": "images",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "match_image_references": "matchImageReferences",
        "validation_actions": "validationActions",
        "validation_configurations": "validationConfigurations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ImageValidatingPolicySpec:
    def __init__(
        self,
        *,
        attestors: typing.Sequence[typing.Union["ImageValidatingPolicySpecAttestors", typing.Dict[builtins.str, typing.Any]]],
        validations: typing.Sequence[typing.Union["ImageValidatingPolicySpecValidations", typing.Dict[builtins.str, typing.Any]]],
        attestations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecAttestations", typing.Dict[builtins.str, typing.Any]]]] = None,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ImageValidatingPolicySpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials: typing.Optional[typing.Union["ImageValidatingPolicySpecCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ImageValidatingPolicySpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ImageValidatingPolicySpecFailurePolicy"] = None,
        images: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecImages", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ImageValidatingPolicySpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        match_image_references: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchImageReferences", typing.Dict[builtins.str, typing.Any]]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ImageValidatingPolicySpecValidationActions"]] = None,
        validation_configurations: typing.Optional[typing.Union["ImageValidatingPolicySpecValidationConfigurations", typing.Dict[builtins.str, typing.Any]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ImageValidatingPolicySpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :param attestors: Attestors provides a list of trusted authorities.
        :param validations: Validations contain CEL expressions which is used to apply the image validation checks.
        :param attestations: Attestations provides a list of image metadata to verify.
        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param credentials: Credentials provides credentials that will be used for authentication with registry.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: FailurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings.
        :param images: ImageExtractors is a list of CEL expression to extract images from the resource.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed.
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate.
        :param match_image_references: MatchImageReferences is a list of Glob and CELExpressions to match images. Any image that matches one of the rules is considered for validation Any image that does not match a rule is skipped, even when they are passed as arguments to image verification functions
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validation_configurations: ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicySpec
        '''
        if isinstance(autogen, dict):
            autogen = ImageValidatingPolicySpecAutogen(**autogen)
        if isinstance(credentials, dict):
            credentials = ImageValidatingPolicySpecCredentials(**credentials)
        if isinstance(evaluation, dict):
            evaluation = ImageValidatingPolicySpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ImageValidatingPolicySpecMatchConstraints(**match_constraints)
        if isinstance(validation_configurations, dict):
            validation_configurations = ImageValidatingPolicySpecValidationConfigurations(**validation_configurations)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ImageValidatingPolicySpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14f45cb086db33b9a90a2ebf3886fdad087f0463e488e7d6bb49e96e0ec7e369)
            check_type(argname="argument attestors", value=attestors, expected_type=type_hints["attestors"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument attestations", value=attestations, expected_type=type_hints["attestations"])
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument match_image_references", value=match_image_references, expected_type=type_hints["match_image_references"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validation_configurations", value=validation_configurations, expected_type=type_hints["validation_configurations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "attestors": attestors,
            "validations": validations,
        }
        if attestations is not None:
            self._values["attestations"] = attestations
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if credentials is not None:
            self._values["credentials"] = credentials
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if match_image_references is not None:
            self._values["match_image_references"] = match_image_references
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validation_configurations is not None:
            self._values["validation_configurations"] = validation_configurations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def attestors(self) -> typing.List["ImageValidatingPolicySpecAttestors"]:
        '''Attestors provides a list of trusted authorities.

        :schema: ImageValidatingPolicySpec#attestors
        '''
        result = self._values.get("attestors")
        assert result is not None, "Required property 'attestors' is missing"
        return typing.cast(typing.List["ImageValidatingPolicySpecAttestors"], result)

    @builtins.property
    def validations(self) -> typing.List["ImageValidatingPolicySpecValidations"]:
        '''Validations contain CEL expressions which is used to apply the image validation checks.

        :schema: ImageValidatingPolicySpec#validations
        '''
        result = self._values.get("validations")
        assert result is not None, "Required property 'validations' is missing"
        return typing.cast(typing.List["ImageValidatingPolicySpecValidations"], result)

    @builtins.property
    def attestations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecAttestations"]]:
        '''Attestations provides a list of image metadata to verify.

        :schema: ImageValidatingPolicySpec#attestations
        '''
        result = self._values.get("attestations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecAttestations"]], result)

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ImageValidatingPolicySpec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ImageValidatingPolicySpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ImageValidatingPolicySpec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAutogen"], result)

    @builtins.property
    def credentials(self) -> typing.Optional["ImageValidatingPolicySpecCredentials"]:
        '''Credentials provides credentials that will be used for authentication with registry.

        :schema: ImageValidatingPolicySpec#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecCredentials"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ImageValidatingPolicySpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ImageValidatingPolicySpec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecFailurePolicy"]:
        '''FailurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        :schema: ImageValidatingPolicySpec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecFailurePolicy"], result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List["ImageValidatingPolicySpecImages"]]:
        '''ImageExtractors is a list of CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicySpec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecImages"]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        :schema: ImageValidatingPolicySpec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :schema: ImageValidatingPolicySpec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecMatchConstraints"], result)

    @builtins.property
    def match_image_references(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchImageReferences"]]:
        '''MatchImageReferences is a list of Glob and CELExpressions to match images.

        Any image that matches one of the rules is considered for validation
        Any image that does not match a rule is skipped, even when they are passed as arguments to
        image verification functions

        :schema: ImageValidatingPolicySpec#matchImageReferences
        '''
        result = self._values.get("match_image_references")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchImageReferences"]], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ImageValidatingPolicySpec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecValidationActions"]], result)

    @builtins.property
    def validation_configurations(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecValidationConfigurations"]:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :schema: ImageValidatingPolicySpec#validationConfigurations
        '''
        result = self._values.get("validation_configurations")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecValidationConfigurations"], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.

        :schema: ImageValidatingPolicySpec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicySpec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestations",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "intoto": "intoto", "referrer": "referrer"},
)
class ImageValidatingPolicySpecAttestations:
    def __init__(
        self,
        *,
        name: builtins.str,
        intoto: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestationsIntoto", typing.Dict[builtins.str, typing.Any]]] = None,
        referrer: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestationsReferrer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestation defines the identification details of the  metadata that has to be verified.

        :param name: Name is the name for this attestation. It is used to refer to the attestation in verification
        :param intoto: InToto defines the details of attestation attached using intoto format.
        :param referrer: Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicySpecAttestations
        '''
        if isinstance(intoto, dict):
            intoto = ImageValidatingPolicySpecAttestationsIntoto(**intoto)
        if isinstance(referrer, dict):
            referrer = ImageValidatingPolicySpecAttestationsReferrer(**referrer)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a34c9d11ee10c1827539d0f3cf0439514f25a58fc787ee19c2cc4dac315ceccc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument intoto", value=intoto, expected_type=type_hints["intoto"])
            check_type(argname="argument referrer", value=referrer, expected_type=type_hints["referrer"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if intoto is not None:
            self._values["intoto"] = intoto
        if referrer is not None:
            self._values["referrer"] = referrer

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestation.

        It is used to refer to the attestation in verification

        :schema: ImageValidatingPolicySpecAttestations#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def intoto(self) -> typing.Optional["ImageValidatingPolicySpecAttestationsIntoto"]:
        '''InToto defines the details of attestation attached using intoto format.

        :schema: ImageValidatingPolicySpecAttestations#intoto
        '''
        result = self._values.get("intoto")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestationsIntoto"], result)

    @builtins.property
    def referrer(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestationsReferrer"]:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicySpecAttestations#referrer
        '''
        result = self._values.get("referrer")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestationsReferrer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestationsIntoto",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicySpecAttestationsIntoto:
    def __init__(self, *, type: builtins.str) -> None:
        '''InToto defines the details of attestation attached using intoto format.

        :param type: Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicySpecAttestationsIntoto
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd1825029186eb1bb2f1ba30027b34e9e96899a11c2c0aca9f5776694a282edc)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicySpecAttestationsIntoto#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestationsIntoto(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestationsReferrer",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicySpecAttestationsReferrer:
    def __init__(self, *, type: builtins.str) -> None:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :param type: Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicySpecAttestationsReferrer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c85eea7ab2a713c1f23cc8889194d90a63214bd36c8aa8acb14c286fd2478cb)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicySpecAttestationsReferrer#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestationsReferrer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestors",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "cosign": "cosign", "notary": "notary"},
)
class ImageValidatingPolicySpecAttestors:
    def __init__(
        self,
        *,
        name: builtins.str,
        cosign: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosign", typing.Dict[builtins.str, typing.Any]]] = None,
        notary: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsNotary", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestor is an identity that confirms or verifies the authenticity of an image or an attestation.

        :param name: Name is the name for this attestor. It is used to refer to the attestor in verification
        :param cosign: Cosign defines attestor configuration for Cosign based signatures.
        :param notary: Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicySpecAttestors
        '''
        if isinstance(cosign, dict):
            cosign = ImageValidatingPolicySpecAttestorsCosign(**cosign)
        if isinstance(notary, dict):
            notary = ImageValidatingPolicySpecAttestorsNotary(**notary)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a880faa8f401e0d5729303131f2f3ca9190d016d5faefd45e9d5715e623037f4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cosign", value=cosign, expected_type=type_hints["cosign"])
            check_type(argname="argument notary", value=notary, expected_type=type_hints["notary"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if cosign is not None:
            self._values["cosign"] = cosign
        if notary is not None:
            self._values["notary"] = notary

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestor.

        It is used to refer to the attestor in verification

        :schema: ImageValidatingPolicySpecAttestors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cosign(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosign"]:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :schema: ImageValidatingPolicySpecAttestors#cosign
        '''
        result = self._values.get("cosign")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosign"], result)

    @builtins.property
    def notary(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsNotary"]:
        '''Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicySpecAttestors#notary
        '''
        result = self._values.get("notary")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsNotary"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosign",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "certificate": "certificate",
        "ctlog": "ctlog",
        "key": "key",
        "keyless": "keyless",
        "source": "source",
        "trusted_root": "trustedRoot",
        "tuf": "tuf",
    },
)
class ImageValidatingPolicySpecAttestorsCosign:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        certificate: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        ctlog: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignCtlog", typing.Dict[builtins.str, typing.Any]]] = None,
        key: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignKey", typing.Dict[builtins.str, typing.Any]]] = None,
        keyless: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignKeyless", typing.Dict[builtins.str, typing.Any]]] = None,
        source: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignSource", typing.Dict[builtins.str, typing.Any]]] = None,
        trusted_root: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignTrustedRoot", typing.Dict[builtins.str, typing.Any]]] = None,
        tuf: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignTuf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :param annotations: Annotations are used for image verification. Every specified key-value pair must exist and match in the verified payload. The payload may contain other key-value pairs.
        :param certificate: Certificate defines the configuration for local signature verification.
        :param ctlog: CTLog sets the configuration to verify the authority against a Rekor instance.
        :param key: Key defines the type of key to validate the image.
        :param keyless: Keyless sets the configuration to verify the authority against a Fulcio instance.
        :param source: Sources sets the configuration to specify the sources from where to consume the signature and attestations.
        :param trusted_root: TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).
        :param tuf: TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicySpecAttestorsCosign
        '''
        if isinstance(certificate, dict):
            certificate = ImageValidatingPolicySpecAttestorsCosignCertificate(**certificate)
        if isinstance(ctlog, dict):
            ctlog = ImageValidatingPolicySpecAttestorsCosignCtlog(**ctlog)
        if isinstance(key, dict):
            key = ImageValidatingPolicySpecAttestorsCosignKey(**key)
        if isinstance(keyless, dict):
            keyless = ImageValidatingPolicySpecAttestorsCosignKeyless(**keyless)
        if isinstance(source, dict):
            source = ImageValidatingPolicySpecAttestorsCosignSource(**source)
        if isinstance(trusted_root, dict):
            trusted_root = ImageValidatingPolicySpecAttestorsCosignTrustedRoot(**trusted_root)
        if isinstance(tuf, dict):
            tuf = ImageValidatingPolicySpecAttestorsCosignTuf(**tuf)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83e5a114b5e298644a7d4e8ce9d0692730d8ae6fce5a9f5cae12c8eb5bd3e7ad)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument ctlog", value=ctlog, expected_type=type_hints["ctlog"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument keyless", value=keyless, expected_type=type_hints["keyless"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument trusted_root", value=trusted_root, expected_type=type_hints["trusted_root"])
            check_type(argname="argument tuf", value=tuf, expected_type=type_hints["tuf"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if certificate is not None:
            self._values["certificate"] = certificate
        if ctlog is not None:
            self._values["ctlog"] = ctlog
        if key is not None:
            self._values["key"] = key
        if keyless is not None:
            self._values["keyless"] = keyless
        if source is not None:
            self._values["source"] = source
        if trusted_root is not None:
            self._values["trusted_root"] = trusted_root
        if tuf is not None:
            self._values["tuf"] = tuf

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations are used for image verification.

        Every specified key-value pair must exist and match in the verified payload.
        The payload may contain other key-value pairs.

        :schema: ImageValidatingPolicySpecAttestorsCosign#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def certificate(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificate"]:
        '''Certificate defines the configuration for local signature verification.

        :schema: ImageValidatingPolicySpecAttestorsCosign#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificate"], result)

    @builtins.property
    def ctlog(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignCtlog"]:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :schema: ImageValidatingPolicySpecAttestorsCosign#ctlog
        '''
        result = self._values.get("ctlog")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignCtlog"], result)

    @builtins.property
    def key(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignKey"]:
        '''Key defines the type of key to validate the image.

        :schema: ImageValidatingPolicySpecAttestorsCosign#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignKey"], result)

    @builtins.property
    def keyless(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignKeyless"]:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :schema: ImageValidatingPolicySpecAttestorsCosign#keyless
        '''
        result = self._values.get("keyless")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignKeyless"], result)

    @builtins.property
    def source(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignSource"]:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :schema: ImageValidatingPolicySpecAttestorsCosign#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignSource"], result)

    @builtins.property
    def trusted_root(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignTrustedRoot"]:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :schema: ImageValidatingPolicySpecAttestorsCosign#trustedRoot
        '''
        result = self._values.get("trusted_root")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignTrustedRoot"], result)

    @builtins.property
    def tuf(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignTuf"]:
        '''TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicySpecAttestorsCosign#tuf
        '''
        result = self._values.get("tuf")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignTuf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosign(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignCertificate",
    jsii_struct_bases=[],
    name_mapping={"cert": "cert", "cert_chain": "certChain"},
)
class ImageValidatingPolicySpecAttestorsCosignCertificate:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignCertificateCert", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_chain: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignCertificateCertChain", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Certificate defines the configuration for local signature verification.

        :param cert: Certificate is the to the public certificate for local signature verification.
        :param cert_chain: CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate. Must start with the parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificate
        '''
        if isinstance(cert, dict):
            cert = ImageValidatingPolicySpecAttestorsCosignCertificateCert(**cert)
        if isinstance(cert_chain, dict):
            cert_chain = ImageValidatingPolicySpecAttestorsCosignCertificateCertChain(**cert_chain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd1616ecf1ee544b49b8586ab1565f3fce5736de122a5d268842c5260c92e404)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument cert_chain", value=cert_chain, expected_type=type_hints["cert_chain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if cert_chain is not None:
            self._values["cert_chain"] = cert_chain

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificateCert"]:
        '''Certificate is the to the public certificate for local signature verification.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificate#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificateCert"], result)

    @builtins.property
    def cert_chain(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificateCertChain"]:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificate#certChain
        '''
        result = self._values.get("cert_chain")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignCertificateCertChain"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignCertificateCert",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicySpecAttestorsCosignCertificateCert:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certificate is the to the public certificate for local signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db88bfac183241d6836ed2f694c973d3315fa26ff17d5a492dfca83e9692052d)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCert#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCert#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignCertificateCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignCertificateCertChain",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicySpecAttestorsCosignCertificateCertChain:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCertChain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e8bc9f22e99fd553f01491c37c8eadadb924ef7eb50abc945b19099cb267ea6)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCertChain#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignCertificateCertChain#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignCertificateCertChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignCtlog",
    jsii_struct_bases=[],
    name_mapping={
        "ct_log_pub_key": "ctLogPubKey",
        "insecure_ignore_sct": "insecureIgnoreSct",
        "insecure_ignore_tlog": "insecureIgnoreTlog",
        "rekor_pub_key": "rekorPubKey",
        "tsa_cert_chain": "tsaCertChain",
        "url": "url",
    },
)
class ImageValidatingPolicySpecAttestorsCosignCtlog:
    def __init__(
        self,
        *,
        ct_log_pub_key: typing.Optional[builtins.str] = None,
        insecure_ignore_sct: typing.Optional[builtins.bool] = None,
        insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
        rekor_pub_key: typing.Optional[builtins.str] = None,
        tsa_cert_chain: typing.Optional[builtins.str] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :param ct_log_pub_key: CTLogPubKey, if set, is used to validate SCTs against a custom source.
        :param insecure_ignore_sct: IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp. Default is false. Set to true if this was opted out during signing. Default: false. Set to true if this was opted out during signing.
        :param insecure_ignore_tlog: InsecureIgnoreTlog skips transparency log verification.
        :param rekor_pub_key: RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor. If set, this will be used to validate transparency log signatures from a custom Rekor.
        :param tsa_cert_chain: TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must contain the root CA certificate. Optionally may contain intermediate CA certificates, and may contain the leaf TSA certificate if not present in the timestamurce.
        :param url: URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8230ce51cf19e2b23212cade87f0313bf1a875718f3c390b221850b4d4ddff4)
            check_type(argname="argument ct_log_pub_key", value=ct_log_pub_key, expected_type=type_hints["ct_log_pub_key"])
            check_type(argname="argument insecure_ignore_sct", value=insecure_ignore_sct, expected_type=type_hints["insecure_ignore_sct"])
            check_type(argname="argument insecure_ignore_tlog", value=insecure_ignore_tlog, expected_type=type_hints["insecure_ignore_tlog"])
            check_type(argname="argument rekor_pub_key", value=rekor_pub_key, expected_type=type_hints["rekor_pub_key"])
            check_type(argname="argument tsa_cert_chain", value=tsa_cert_chain, expected_type=type_hints["tsa_cert_chain"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ct_log_pub_key is not None:
            self._values["ct_log_pub_key"] = ct_log_pub_key
        if insecure_ignore_sct is not None:
            self._values["insecure_ignore_sct"] = insecure_ignore_sct
        if insecure_ignore_tlog is not None:
            self._values["insecure_ignore_tlog"] = insecure_ignore_tlog
        if rekor_pub_key is not None:
            self._values["rekor_pub_key"] = rekor_pub_key
        if tsa_cert_chain is not None:
            self._values["tsa_cert_chain"] = tsa_cert_chain
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def ct_log_pub_key(self) -> typing.Optional[builtins.str]:
        '''CTLogPubKey, if set, is used to validate SCTs against a custom source.

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#ctLogPubKey
        '''
        result = self._values.get("ct_log_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_ignore_sct(self) -> typing.Optional[builtins.bool]:
        '''IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp.

        Default is false. Set to true if this was opted out during signing.

        :default: false. Set to true if this was opted out during signing.

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#insecureIgnoreSCT
        '''
        result = self._values.get("insecure_ignore_sct")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def insecure_ignore_tlog(self) -> typing.Optional[builtins.bool]:
        '''InsecureIgnoreTlog skips transparency log verification.

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#insecureIgnoreTlog
        '''
        result = self._values.get("insecure_ignore_tlog")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rekor_pub_key(self) -> typing.Optional[builtins.str]:
        '''RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.

        If set, this will be used to validate transparency log signatures from a custom Rekor.

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#rekorPubKey
        '''
        result = self._values.get("rekor_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tsa_cert_chain(self) -> typing.Optional[builtins.str]:
        '''TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority.

        Must
        contain the root CA certificate. Optionally may contain intermediate CA certificates, and
        may contain the leaf TSA certificate if not present in the timestamurce.

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#tsaCertChain
        '''
        result = self._values.get("tsa_cert_chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicySpecAttestorsCosignCtlog#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignCtlog(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignKey",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "expression": "expression",
        "hash_algorithm": "hashAlgorithm",
        "kms": "kms",
    },
)
class ImageValidatingPolicySpecAttestorsCosignKey:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        expression: typing.Optional[builtins.str] = None,
        hash_algorithm: typing.Optional[builtins.str] = None,
        kms: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Key defines the type of key to validate the image.

        :param data: Data contains the inline public key.
        :param expression: Expression is a Expression expression that returns the public key.
        :param hash_algorithm: HashAlgorithm specifues signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512. Defaults to sha256. Default: sha256.
        :param kms: KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicySpecAttestorsCosignKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e629171b79e35c61f1bc642fe9985fb69233627bde5762ca3c08f9dd289c980)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument hash_algorithm", value=hash_algorithm, expected_type=type_hints["hash_algorithm"])
            check_type(argname="argument kms", value=kms, expected_type=type_hints["kms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if expression is not None:
            self._values["expression"] = expression
        if hash_algorithm is not None:
            self._values["hash_algorithm"] = hash_algorithm
        if kms is not None:
            self._values["kms"] = kms

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data contains the inline public key.

        :schema: ImageValidatingPolicySpecAttestorsCosignKey#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression is a Expression expression that returns the public key.

        :schema: ImageValidatingPolicySpecAttestorsCosignKey#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hash_algorithm(self) -> typing.Optional[builtins.str]:
        '''HashAlgorithm specifues signature algorithm for public keys.

        Supported values are
        sha224, sha256, sha384 and sha512. Defaults to sha256.

        :default: sha256.

        :schema: ImageValidatingPolicySpecAttestorsCosignKey#hashAlgorithm
        '''
        result = self._values.get("hash_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kms(self) -> typing.Optional[builtins.str]:
        '''KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicySpecAttestorsCosignKey#kms
        '''
        result = self._values.get("kms")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignKeyless",
    jsii_struct_bases=[],
    name_mapping={
        "identities": "identities",
        "additional_extensions": "additionalExtensions",
        "roots": "roots",
    },
)
class ImageValidatingPolicySpecAttestorsCosignKeyless:
    def __init__(
        self,
        *,
        identities: typing.Sequence[typing.Union["ImageValidatingPolicySpecAttestorsCosignKeylessIdentities", typing.Dict[builtins.str, typing.Any]]],
        additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        roots: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :param identities: Identities sets a list of identities.
        :param additional_extensions: AdditionalExtensions are certificate-extensions used for keyless signing.
        :param roots: Roots is an optional set of PEM encoded trusted root certificates. If not provided, the system roots are used.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeyless
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bbb437847f28542e3c0df876f09bab5fed12a77800a9067d57453575d0c6083)
            check_type(argname="argument identities", value=identities, expected_type=type_hints["identities"])
            check_type(argname="argument additional_extensions", value=additional_extensions, expected_type=type_hints["additional_extensions"])
            check_type(argname="argument roots", value=roots, expected_type=type_hints["roots"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identities": identities,
        }
        if additional_extensions is not None:
            self._values["additional_extensions"] = additional_extensions
        if roots is not None:
            self._values["roots"] = roots

    @builtins.property
    def identities(
        self,
    ) -> typing.List["ImageValidatingPolicySpecAttestorsCosignKeylessIdentities"]:
        '''Identities sets a list of identities.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeyless#identities
        '''
        result = self._values.get("identities")
        assert result is not None, "Required property 'identities' is missing"
        return typing.cast(typing.List["ImageValidatingPolicySpecAttestorsCosignKeylessIdentities"], result)

    @builtins.property
    def additional_extensions(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''AdditionalExtensions are certificate-extensions used for keyless signing.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeyless#additionalExtensions
        '''
        result = self._values.get("additional_extensions")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def roots(self) -> typing.Optional[builtins.str]:
        '''Roots is an optional set of PEM encoded trusted root certificates.

        If not provided, the system roots are used.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeyless#roots
        '''
        result = self._values.get("roots")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignKeyless(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignKeylessIdentities",
    jsii_struct_bases=[],
    name_mapping={
        "issuer": "issuer",
        "issuer_reg_exp": "issuerRegExp",
        "subject": "subject",
        "subject_expression": "subjectExpression",
        "subject_reg_exp": "subjectRegExp",
    },
)
class ImageValidatingPolicySpecAttestorsCosignKeylessIdentities:
    def __init__(
        self,
        *,
        issuer: typing.Optional[builtins.str] = None,
        issuer_reg_exp: typing.Optional[builtins.str] = None,
        subject: typing.Optional[builtins.str] = None,
        subject_expression: typing.Optional[builtins.str] = None,
        subject_reg_exp: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Identity may contain the issuer and/or the subject found in the transparency log.

        Issuer/Subject uses a strict match, while IssuerRegExp and SubjectRegExp
        apply a regexp for matching.
        For a dynamic subject, use SubjectExpression which accepts a CEL expression
        evaluated at admission time. The result is used as a regexp match against the
        certificate SAN URI, so it can be either a literal string or a regexp pattern.

        :param issuer: Issuer defines the issuer for this identity.
        :param issuer_reg_exp: IssuerRegExp specifies a regular expression to match the issuer for this identity.
        :param subject: Subject defines the subject for this identity.
        :param subject_expression: SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI. Mutually exclusive with SubjectRegExp.
        :param subject_reg_exp: SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1858a5d367b2ab79c1783ad290a1378d4b31cc5f6bb7557dfc41ac4ad101df09)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument issuer_reg_exp", value=issuer_reg_exp, expected_type=type_hints["issuer_reg_exp"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
            check_type(argname="argument subject_expression", value=subject_expression, expected_type=type_hints["subject_expression"])
            check_type(argname="argument subject_reg_exp", value=subject_reg_exp, expected_type=type_hints["subject_reg_exp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer is not None:
            self._values["issuer"] = issuer
        if issuer_reg_exp is not None:
            self._values["issuer_reg_exp"] = issuer_reg_exp
        if subject is not None:
            self._values["subject"] = subject
        if subject_expression is not None:
            self._values["subject_expression"] = subject_expression
        if subject_reg_exp is not None:
            self._values["subject_reg_exp"] = subject_reg_exp

    @builtins.property
    def issuer(self) -> typing.Optional[builtins.str]:
        '''Issuer defines the issuer for this identity.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities#issuer
        '''
        result = self._values.get("issuer")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def issuer_reg_exp(self) -> typing.Optional[builtins.str]:
        '''IssuerRegExp specifies a regular expression to match the issuer for this identity.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities#issuerRegExp
        '''
        result = self._values.get("issuer_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject(self) -> typing.Optional[builtins.str]:
        '''Subject defines the subject for this identity.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities#subject
        '''
        result = self._values.get("subject")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_expression(self) -> typing.Optional[builtins.str]:
        '''SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI.

        Mutually exclusive with SubjectRegExp.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities#subjectExpression
        '''
        result = self._values.get("subject_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_reg_exp(self) -> typing.Optional[builtins.str]:
        '''SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicySpecAttestorsCosignKeylessIdentities#subjectRegExp
        '''
        result = self._values.get("subject_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignKeylessIdentities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignSource",
    jsii_struct_bases=[],
    name_mapping={
        "pull_secrets": "pullSecrets",
        "repository": "repository",
        "tag_prefix": "tagPrefix",
    },
)
class ImageValidatingPolicySpecAttestorsCosignSource:
    def __init__(
        self,
        *,
        pull_secrets: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        repository: typing.Optional[builtins.str] = None,
        tag_prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :param pull_secrets: SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.
        :param repository: Repository defines the location from where to pull the signature / attestations.
        :param tag_prefix: TagPrefix is an optional prefix that signature and attestations have. This is the 'tag based discovery' and in the future once references are fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicySpecAttestorsCosignSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7236c214b481b549e4df2054fa0a1b04c2b2a3ef52877ab2b24fb12fd0115f9)
            check_type(argname="argument pull_secrets", value=pull_secrets, expected_type=type_hints["pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument tag_prefix", value=tag_prefix, expected_type=type_hints["tag_prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pull_secrets is not None:
            self._values["pull_secrets"] = pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if tag_prefix is not None:
            self._values["tag_prefix"] = tag_prefix

    @builtins.property
    def pull_secrets(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets"]]:
        '''SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.

        :schema: ImageValidatingPolicySpecAttestorsCosignSource#PullSecrets
        '''
        result = self._values.get("pull_secrets")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets"]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository defines the location from where to pull the signature / attestations.

        :schema: ImageValidatingPolicySpecAttestorsCosignSource#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag_prefix(self) -> typing.Optional[builtins.str]:
        '''TagPrefix is an optional prefix that signature and attestations have.

        This is the 'tag based discovery' and in the future once references are
        fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicySpecAttestorsCosignSource#tagPrefix
        '''
        result = self._values.get("tag_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.

        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8cdf32a32ff64c8b034723029c55de43ac147f1acbe59d7501f960348032c4f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignTrustedRoot",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicySpecAttestorsCosignTrustedRoot:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignTrustedRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ced44c494ecacabfb88996e9536c1b047855b69ba7cd029b910e26aef0ee3cc8)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicySpecAttestorsCosignTrustedRoot#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsCosignTrustedRoot#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignTrustedRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignTuf",
    jsii_struct_bases=[],
    name_mapping={"mirror": "mirror", "root": "root"},
)
class ImageValidatingPolicySpecAttestorsCosignTuf:
    def __init__(
        self,
        *,
        mirror: typing.Optional[builtins.str] = None,
        root: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsCosignTufRoot", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''TUF defines the configuration to fetch sigstore root.

        :param mirror: Mirror is the base URL of Sigstore TUF repository.
        :param root: Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicySpecAttestorsCosignTuf
        '''
        if isinstance(root, dict):
            root = ImageValidatingPolicySpecAttestorsCosignTufRoot(**root)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__adb696a7c45cee0162d5d55c35dfd30a29aeca2b15da0afca16eee8d68ff38bc)
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mirror is not None:
            self._values["mirror"] = mirror
        if root is not None:
            self._values["root"] = root

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''Mirror is the base URL of Sigstore TUF repository.

        :schema: ImageValidatingPolicySpecAttestorsCosignTuf#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsCosignTufRoot"]:
        '''Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicySpecAttestorsCosignTuf#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsCosignTufRoot"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignTuf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsCosignTufRoot",
    jsii_struct_bases=[],
    name_mapping={"data": "data", "path": "path"},
)
class ImageValidatingPolicySpecAttestorsCosignTufRoot:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Root defines the path or data of the trusted root.

        :param data: Data is the base64 encoded TUF root.
        :param path: Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicySpecAttestorsCosignTufRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a803e2855da0d3c0aa10cab2d69acf84880160066557c464e082217fc60aeeb)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data is the base64 encoded TUF root.

        :schema: ImageValidatingPolicySpecAttestorsCosignTufRoot#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicySpecAttestorsCosignTufRoot#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsCosignTufRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsNotary",
    jsii_struct_bases=[],
    name_mapping={"certs": "certs", "tsa_certs": "tsaCerts"},
)
class ImageValidatingPolicySpecAttestorsNotary:
    def __init__(
        self,
        *,
        certs: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsNotaryCerts", typing.Dict[builtins.str, typing.Any]]] = None,
        tsa_certs: typing.Optional[typing.Union["ImageValidatingPolicySpecAttestorsNotaryTsaCerts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Notary defines attestor configuration for Notary based signatures.

        :param certs: Certs define the cert chain for Notary signature verification.
        :param tsa_certs: TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicySpecAttestorsNotary
        '''
        if isinstance(certs, dict):
            certs = ImageValidatingPolicySpecAttestorsNotaryCerts(**certs)
        if isinstance(tsa_certs, dict):
            tsa_certs = ImageValidatingPolicySpecAttestorsNotaryTsaCerts(**tsa_certs)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cdbe2502e449e416c0b2847e41cc2e1a26eddcf38f74ebb88492ce0513725f53)
            check_type(argname="argument certs", value=certs, expected_type=type_hints["certs"])
            check_type(argname="argument tsa_certs", value=tsa_certs, expected_type=type_hints["tsa_certs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certs is not None:
            self._values["certs"] = certs
        if tsa_certs is not None:
            self._values["tsa_certs"] = tsa_certs

    @builtins.property
    def certs(self) -> typing.Optional["ImageValidatingPolicySpecAttestorsNotaryCerts"]:
        '''Certs define the cert chain for Notary signature verification.

        :schema: ImageValidatingPolicySpecAttestorsNotary#certs
        '''
        result = self._values.get("certs")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsNotaryCerts"], result)

    @builtins.property
    def tsa_certs(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAttestorsNotaryTsaCerts"]:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicySpecAttestorsNotary#tsaCerts
        '''
        result = self._values.get("tsa_certs")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAttestorsNotaryTsaCerts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsNotary(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsNotaryCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicySpecAttestorsNotaryCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certs define the cert chain for Notary signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cd35483c6334b459f3c94497dc26e57f7057e661f1096ed227edcc64ef7921f)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsNotaryCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAttestorsNotaryTsaCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicySpecAttestorsNotaryTsaCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryTsaCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8efb18531b9b6af27c907687a0789aa19ead2d6a49b99788b3d37a56a3d80d8)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryTsaCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicySpecAttestorsNotaryTsaCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAttestorsNotaryTsaCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ImageValidatingPolicySpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ImageValidatingPolicySpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9ac5de921cdf5759bee2e6fe209b5cd3e81cbb57e5b70d9405912e3169853df)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ImageValidatingPolicySpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ImageValidatingPolicySpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAutogen",
    jsii_struct_bases=[],
    name_mapping={"pod_controllers": "podControllers"},
)
class ImageValidatingPolicySpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ImageValidatingPolicySpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicySpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ImageValidatingPolicySpecAutogenPodControllers(**pod_controllers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfc1e41e222e9bf4f007102473d49c3586fc2385bd10ba1f39dc1f232f18e559)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicySpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecAutogenPodControllers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ImageValidatingPolicySpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ImageValidatingPolicySpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09768c6f9d64697ca3a9d579983366b018b2da812cc65df7d4e938d5d2bd7e64)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ImageValidatingPolicySpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "allow_insecure_registry": "allowInsecureRegistry",
        "providers": "providers",
        "secrets": "secrets",
    },
)
class ImageValidatingPolicySpecCredentials:
    def __init__(
        self,
        *,
        allow_insecure_registry: typing.Optional[builtins.bool] = None,
        providers: typing.Optional[typing.Sequence["ImageValidatingPolicySpecCredentialsProviders"]] = None,
        secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Credentials provides credentials that will be used for authentication with registry.

        :param allow_insecure_registry: AllowInsecureRegistry allows insecure access to a registry.
        :param providers: Providers specifies a list of OCI Registry names, whose authentication providers are provided. It can be of one of these values: default,google,azure,amazon,github.
        :param secrets: Secrets specifies a list of secrets that are provided for credentials. Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicySpecCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c2e7677d86c45e1f51ce745c583b3d860467bdd67dc66e7442a470183b904d0)
            check_type(argname="argument allow_insecure_registry", value=allow_insecure_registry, expected_type=type_hints["allow_insecure_registry"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument secrets", value=secrets, expected_type=type_hints["secrets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_insecure_registry is not None:
            self._values["allow_insecure_registry"] = allow_insecure_registry
        if providers is not None:
            self._values["providers"] = providers
        if secrets is not None:
            self._values["secrets"] = secrets

    @builtins.property
    def allow_insecure_registry(self) -> typing.Optional[builtins.bool]:
        '''AllowInsecureRegistry allows insecure access to a registry.

        :schema: ImageValidatingPolicySpecCredentials#allowInsecureRegistry
        '''
        result = self._values.get("allow_insecure_registry")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecCredentialsProviders"]]:
        '''Providers specifies a list of OCI Registry names, whose authentication providers are provided.

        It can be of one of these values: default,google,azure,amazon,github.

        :schema: ImageValidatingPolicySpecCredentials#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecCredentialsProviders"]], result)

    @builtins.property
    def secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Secrets specifies a list of secrets that are provided for credentials.

        Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicySpecCredentials#secrets
        '''
        result = self._values.get("secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecCredentialsProviders"
)
class ImageValidatingPolicySpecCredentialsProviders(enum.Enum):
    '''CredentialsProvidersType provides the list of credential providers required.

    :schema: ImageValidatingPolicySpecCredentialsProviders
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    AMAZON = "AMAZON"
    '''amazon.'''
    AZURE = "AZURE"
    '''azure.'''
    GOOGLE = "GOOGLE"
    '''google.'''
    GITHUB = "GITHUB"
    '''github.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ImageValidatingPolicySpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ImageValidatingPolicySpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ImageValidatingPolicySpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicySpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ImageValidatingPolicySpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ImageValidatingPolicySpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9845a1f6551463a7a25e8b8c7ebf5376c65b5b2bf3e19e8d2770e2a447217a6e)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ImageValidatingPolicySpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ImageValidatingPolicySpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicySpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicySpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ImageValidatingPolicySpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f49cb42e88e9d208e5d51a9649d9c0d36ddbe5281ac643a69a098bc9ab24901)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ImageValidatingPolicySpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicySpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicySpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9126c6709a4d61086d357153c883633fe152944dc3accca1a01488c2f4958af4)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicySpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecFailurePolicy"
)
class ImageValidatingPolicySpecFailurePolicy(enum.Enum):
    '''FailurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    :schema: ImageValidatingPolicySpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecImages",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicySpecImages:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''
        :param expression: Expression defines CEL expression to extract images from the resource.
        :param name: Name is the name for this imageList. It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicySpecImages
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fbe2b4f5b0af9415d14a5facedb18a7e931cb3091d86afbf03e3cdfbe2e53b9)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression defines CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicySpecImages#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this imageList.

        It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicySpecImages#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecImages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicySpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ImageValidatingPolicySpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14adeafb32046283b021395af248b086c1c51f8dea014af81b0db83a983152b1)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ImageValidatingPolicySpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ImageValidatingPolicySpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ImageValidatingPolicySpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ImageValidatingPolicySpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ImageValidatingPolicySpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicySpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ImageValidatingPolicySpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ImageValidatingPolicySpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__087ffe5739fff18bd311780b6451fb4e0509ba622c101ab6f337df1dcabe1dd8)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ImageValidatingPolicySpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ImageValidatingPolicySpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicySpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicySpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicySpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicySpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicySpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bab44002d9fb558be09432e44782095ba97cff85b5f9b9d5754a6455eb2c5f79)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicySpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c99171e1732a81780d940584c11eff34472598a343cac67c2f900d2edb102a08)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__320b1d0df2a0983d5038b6e043175b2b03d6fb5144668f1094c7006e26ecb6e7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicySpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6158c6f83fc629216febd615b4700bfbd55606221480e328bd34db872acc8aa3)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ed0c464d5110fd27a566f9a95344cb330e8fb84848b94a563daecd5398addce)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicySpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bb38f58210b7907c9f814ce6caa4490444d21744d65809d05e08a6a2a1d080f)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicySpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecMatchImageReferences",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "glob": "glob"},
)
class ImageValidatingPolicySpecMatchImageReferences:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        glob: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MatchImageReference defines a Glob or a CEL expression for matching images.

        :param expression: Expression defines CEL Expressions for matching images.
        :param glob: Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicySpecMatchImageReferences
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4efc47dbd9e5c8d01481288991e186e6ee817631b25730b38777838bc9a99e8e)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument glob", value=glob, expected_type=type_hints["glob"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if glob is not None:
            self._values["glob"] = glob

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines CEL Expressions for matching images.

        :schema: ImageValidatingPolicySpecMatchImageReferences#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def glob(self) -> typing.Optional[builtins.str]:
        '''Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicySpecMatchImageReferences#glob
        '''
        result = self._values.get("glob")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecMatchImageReferences(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecValidationActions"
)
class ImageValidatingPolicySpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ImageValidatingPolicySpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecValidationConfigurations",
    jsii_struct_bases=[],
    name_mapping={
        "mutate_digest": "mutateDigest",
        "required": "required",
        "verify_digest": "verifyDigest",
    },
)
class ImageValidatingPolicySpecValidationConfigurations:
    def __init__(
        self,
        *,
        mutate_digest: typing.Optional[builtins.bool] = None,
        required: typing.Optional[builtins.bool] = None,
        verify_digest: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :param mutate_digest: MutateDigest enables replacement of image tags with digests. Defaults to true. Default: true.
        :param required: Required validates that images are verified, i.e., have passed a signature or attestation check.
        :param verify_digest: VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicySpecValidationConfigurations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25817cc579335d41b437daebc74f8312bac8e79d8bd81fd7f936b97f48b69cc8)
            check_type(argname="argument mutate_digest", value=mutate_digest, expected_type=type_hints["mutate_digest"])
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
            check_type(argname="argument verify_digest", value=verify_digest, expected_type=type_hints["verify_digest"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mutate_digest is not None:
            self._values["mutate_digest"] = mutate_digest
        if required is not None:
            self._values["required"] = required
        if verify_digest is not None:
            self._values["verify_digest"] = verify_digest

    @builtins.property
    def mutate_digest(self) -> typing.Optional[builtins.bool]:
        '''MutateDigest enables replacement of image tags with digests.

        Defaults to true.

        :default: true.

        :schema: ImageValidatingPolicySpecValidationConfigurations#mutateDigest
        '''
        result = self._values.get("mutate_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required validates that images are verified, i.e., have passed a signature or attestation check.

        :schema: ImageValidatingPolicySpecValidationConfigurations#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def verify_digest(self) -> typing.Optional[builtins.bool]:
        '''VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicySpecValidationConfigurations#verifyDigest
        '''
        result = self._values.get("verify_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecValidationConfigurations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ImageValidatingPolicySpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicySpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f079bffef755e0be71cf0973f47a261c1208360e8744c9bd815a5d4534ce026f)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ImageValidatingPolicySpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ImageValidatingPolicySpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ImageValidatingPolicySpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicySpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicySpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicySpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3c03692dbf374df583cd836eb7c0a91309855e08743bb18b22ca54f5533c33c)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ImageValidatingPolicySpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicySpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicySpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ImageValidatingPolicySpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicySpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cfbf0da9abb620ec92126ebcdf5c1fe7c7aa79ed8a7ccd90795d465c38a10f3)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicySpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicySpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ImageValidatingPolicyV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1",
):
    '''
    :schema: ImageValidatingPolicyV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ImageValidatingPolicyV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73be673837245cb828ba40ce14d4c7744a3437233439cebdf146f3e7d8a69ae6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ImageValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ImageValidatingPolicyV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        props = ImageValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ImageValidatingPolicyV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ImageValidatingPolicyV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 

        :schema: ImageValidatingPolicyV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = ImageValidatingPolicyV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e9c7494f7b8bb1343f7eb03a7118b2fd664ff6cb9959f3c7d4824803c2842b8)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ImageValidatingPolicyV1Alpha1Spec":
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :schema: ImageValidatingPolicyV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ImageValidatingPolicyV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ImageValidatingPolicyV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "attestors": "attestors",
        "validations": "validations",
        "attestations": "attestations",
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "credentials": "credentials",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "images": "images",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "match_image_references": "matchImageReferences",
        "validation_actions": "validationActions",
        "validation_configurations": "validationConfigurations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ImageValidatingPolicyV1Alpha1Spec:
    def __init__(
        self,
        *,
        attestors: typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestors", typing.Dict[builtins.str, typing.Any]]],
        validations: typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecValidations", typing.Dict[builtins.str, typing.Any]]],
        attestations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestations", typing.Dict[builtins.str, typing.Any]]]] = None,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ImageValidatingPolicyV1Alpha1SpecFailurePolicy"] = None,
        images: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecImages", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        match_image_references: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchImageReferences", typing.Dict[builtins.str, typing.Any]]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ImageValidatingPolicyV1Alpha1SpecValidationActions"]] = None,
        validation_configurations: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecValidationConfigurations", typing.Dict[builtins.str, typing.Any]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :param attestors: Attestors provides a list of trusted authorities.
        :param validations: Validations contain CEL expressions which is used to apply the image validation checks.
        :param attestations: Attestations provides a list of image metadata to verify.
        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param credentials: Credentials provides credentials that will be used for authentication with registry.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: FailurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings.
        :param images: ImageExtractors is a list of CEL expression to extract images from the resource.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed.
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate.
        :param match_image_references: MatchImageReferences is a list of Glob and CELExpressions to match images. Any image that matches one of the rules is considered for validation Any image that does not match a rule is skipped, even when they are passed as arguments to image verification functions
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validation_configurations: ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicyV1Alpha1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ImageValidatingPolicyV1Alpha1SpecAutogen(**autogen)
        if isinstance(credentials, dict):
            credentials = ImageValidatingPolicyV1Alpha1SpecCredentials(**credentials)
        if isinstance(evaluation, dict):
            evaluation = ImageValidatingPolicyV1Alpha1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ImageValidatingPolicyV1Alpha1SpecMatchConstraints(**match_constraints)
        if isinstance(validation_configurations, dict):
            validation_configurations = ImageValidatingPolicyV1Alpha1SpecValidationConfigurations(**validation_configurations)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__364b188b5f91eb96a23801aa23e6988e234eea1d9ad025aed07c27c26193ca05)
            check_type(argname="argument attestors", value=attestors, expected_type=type_hints["attestors"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument attestations", value=attestations, expected_type=type_hints["attestations"])
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument match_image_references", value=match_image_references, expected_type=type_hints["match_image_references"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validation_configurations", value=validation_configurations, expected_type=type_hints["validation_configurations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "attestors": attestors,
            "validations": validations,
        }
        if attestations is not None:
            self._values["attestations"] = attestations
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if credentials is not None:
            self._values["credentials"] = credentials
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if match_image_references is not None:
            self._values["match_image_references"] = match_image_references
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validation_configurations is not None:
            self._values["validation_configurations"] = validation_configurations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def attestors(self) -> typing.List["ImageValidatingPolicyV1Alpha1SpecAttestors"]:
        '''Attestors provides a list of trusted authorities.

        :schema: ImageValidatingPolicyV1Alpha1Spec#attestors
        '''
        result = self._values.get("attestors")
        assert result is not None, "Required property 'attestors' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Alpha1SpecAttestors"], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.List["ImageValidatingPolicyV1Alpha1SpecValidations"]:
        '''Validations contain CEL expressions which is used to apply the image validation checks.

        :schema: ImageValidatingPolicyV1Alpha1Spec#validations
        '''
        result = self._values.get("validations")
        assert result is not None, "Required property 'validations' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Alpha1SpecValidations"], result)

    @builtins.property
    def attestations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAttestations"]]:
        '''Attestations provides a list of image metadata to verify.

        :schema: ImageValidatingPolicyV1Alpha1Spec#attestations
        '''
        result = self._values.get("attestations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAttestations"]], result)

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ImageValidatingPolicyV1Alpha1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ImageValidatingPolicyV1Alpha1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAutogen"], result)

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecCredentials"]:
        '''Credentials provides credentials that will be used for authentication with registry.

        :schema: ImageValidatingPolicyV1Alpha1Spec#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecCredentials"], result)

    @builtins.property
    def evaluation(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ImageValidatingPolicyV1Alpha1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecFailurePolicy"]:
        '''FailurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        :schema: ImageValidatingPolicyV1Alpha1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecFailurePolicy"], result)

    @builtins.property
    def images(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecImages"]]:
        '''ImageExtractors is a list of CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicyV1Alpha1Spec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecImages"]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        :schema: ImageValidatingPolicyV1Alpha1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :schema: ImageValidatingPolicyV1Alpha1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraints"], result)

    @builtins.property
    def match_image_references(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchImageReferences"]]:
        '''MatchImageReferences is a list of Glob and CELExpressions to match images.

        Any image that matches one of the rules is considered for validation
        Any image that does not match a rule is skipped, even when they are passed as arguments to
        image verification functions

        :schema: ImageValidatingPolicyV1Alpha1Spec#matchImageReferences
        '''
        result = self._values.get("match_image_references")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchImageReferences"]], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ImageValidatingPolicyV1Alpha1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecValidationActions"]], result)

    @builtins.property
    def validation_configurations(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecValidationConfigurations"]:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :schema: ImageValidatingPolicyV1Alpha1Spec#validationConfigurations
        '''
        result = self._values.get("validation_configurations")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecValidationConfigurations"], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.

        :schema: ImageValidatingPolicyV1Alpha1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicyV1Alpha1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestations",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "intoto": "intoto", "referrer": "referrer"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestations:
    def __init__(
        self,
        *,
        name: builtins.str,
        intoto: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto", typing.Dict[builtins.str, typing.Any]]] = None,
        referrer: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestation defines the identification details of the  metadata that has to be verified.

        :param name: Name is the name for this attestation. It is used to refer to the attestation in verification
        :param intoto: InToto defines the details of attestation attached using intoto format.
        :param referrer: Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestations
        '''
        if isinstance(intoto, dict):
            intoto = ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto(**intoto)
        if isinstance(referrer, dict):
            referrer = ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer(**referrer)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5e4124dd9ffaed2eeccfc9af53c8c028789f2cfba51f3370ec88abc350de9d8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument intoto", value=intoto, expected_type=type_hints["intoto"])
            check_type(argname="argument referrer", value=referrer, expected_type=type_hints["referrer"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if intoto is not None:
            self._values["intoto"] = intoto
        if referrer is not None:
            self._values["referrer"] = referrer

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestation.

        It is used to refer to the attestation in verification

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestations#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def intoto(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto"]:
        '''InToto defines the details of attestation attached using intoto format.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestations#intoto
        '''
        result = self._values.get("intoto")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto"], result)

    @builtins.property
    def referrer(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer"]:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestations#referrer
        '''
        result = self._values.get("referrer")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto:
    def __init__(self, *, type: builtins.str) -> None:
        '''InToto defines the details of attestation attached using intoto format.

        :param type: Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4de2672b40440d487f850aa20cf08ce841adc40202ec0ccb4498ac6792f2d00)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer:
    def __init__(self, *, type: builtins.str) -> None:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :param type: Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a7735781fb304d63ba2a5294a0b42e2bce544239c9c6a814729c27bc264a51d)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestors",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "cosign": "cosign", "notary": "notary"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestors:
    def __init__(
        self,
        *,
        name: builtins.str,
        cosign: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosign", typing.Dict[builtins.str, typing.Any]]] = None,
        notary: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsNotary", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestor is an identity that confirms or verifies the authenticity of an image or an attestation.

        :param name: Name is the name for this attestor. It is used to refer to the attestor in verification
        :param cosign: Cosign defines attestor configuration for Cosign based signatures.
        :param notary: Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestors
        '''
        if isinstance(cosign, dict):
            cosign = ImageValidatingPolicyV1Alpha1SpecAttestorsCosign(**cosign)
        if isinstance(notary, dict):
            notary = ImageValidatingPolicyV1Alpha1SpecAttestorsNotary(**notary)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__821742e797c534f736f3d8d8d89076c88dd4b2be5ded90a61f886f47c99a35d6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cosign", value=cosign, expected_type=type_hints["cosign"])
            check_type(argname="argument notary", value=notary, expected_type=type_hints["notary"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if cosign is not None:
            self._values["cosign"] = cosign
        if notary is not None:
            self._values["notary"] = notary

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestor.

        It is used to refer to the attestor in verification

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cosign(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosign"]:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestors#cosign
        '''
        result = self._values.get("cosign")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosign"], result)

    @builtins.property
    def notary(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotary"]:
        '''Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestors#notary
        '''
        result = self._values.get("notary")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotary"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosign",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "certificate": "certificate",
        "ctlog": "ctlog",
        "key": "key",
        "keyless": "keyless",
        "source": "source",
        "trusted_root": "trustedRoot",
        "tuf": "tuf",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosign:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        certificate: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        ctlog: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog", typing.Dict[builtins.str, typing.Any]]] = None,
        key: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey", typing.Dict[builtins.str, typing.Any]]] = None,
        keyless: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless", typing.Dict[builtins.str, typing.Any]]] = None,
        source: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource", typing.Dict[builtins.str, typing.Any]]] = None,
        trusted_root: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot", typing.Dict[builtins.str, typing.Any]]] = None,
        tuf: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :param annotations: Annotations are used for image verification. Every specified key-value pair must exist and match in the verified payload. The payload may contain other key-value pairs.
        :param certificate: Certificate defines the configuration for local signature verification.
        :param ctlog: CTLog sets the configuration to verify the authority against a Rekor instance.
        :param key: Key defines the type of key to validate the image.
        :param keyless: Keyless sets the configuration to verify the authority against a Fulcio instance.
        :param source: Sources sets the configuration to specify the sources from where to consume the signature and attestations.
        :param trusted_root: TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).
        :param tuf: TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign
        '''
        if isinstance(certificate, dict):
            certificate = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate(**certificate)
        if isinstance(ctlog, dict):
            ctlog = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog(**ctlog)
        if isinstance(key, dict):
            key = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey(**key)
        if isinstance(keyless, dict):
            keyless = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless(**keyless)
        if isinstance(source, dict):
            source = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource(**source)
        if isinstance(trusted_root, dict):
            trusted_root = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot(**trusted_root)
        if isinstance(tuf, dict):
            tuf = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf(**tuf)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__194d51d94bb60eefdcf0bb1cf835a1454b3207e2a97b30be49f915bc2e7e05f2)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument ctlog", value=ctlog, expected_type=type_hints["ctlog"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument keyless", value=keyless, expected_type=type_hints["keyless"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument trusted_root", value=trusted_root, expected_type=type_hints["trusted_root"])
            check_type(argname="argument tuf", value=tuf, expected_type=type_hints["tuf"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if certificate is not None:
            self._values["certificate"] = certificate
        if ctlog is not None:
            self._values["ctlog"] = ctlog
        if key is not None:
            self._values["key"] = key
        if keyless is not None:
            self._values["keyless"] = keyless
        if source is not None:
            self._values["source"] = source
        if trusted_root is not None:
            self._values["trusted_root"] = trusted_root
        if tuf is not None:
            self._values["tuf"] = tuf

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations are used for image verification.

        Every specified key-value pair must exist and match in the verified payload.
        The payload may contain other key-value pairs.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def certificate(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate"]:
        '''Certificate defines the configuration for local signature verification.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate"], result)

    @builtins.property
    def ctlog(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog"]:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#ctlog
        '''
        result = self._values.get("ctlog")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog"], result)

    @builtins.property
    def key(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey"]:
        '''Key defines the type of key to validate the image.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey"], result)

    @builtins.property
    def keyless(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless"]:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#keyless
        '''
        result = self._values.get("keyless")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless"], result)

    @builtins.property
    def source(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource"]:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource"], result)

    @builtins.property
    def trusted_root(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot"]:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#trustedRoot
        '''
        result = self._values.get("trusted_root")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot"], result)

    @builtins.property
    def tuf(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf"]:
        '''TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosign#tuf
        '''
        result = self._values.get("tuf")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosign(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate",
    jsii_struct_bases=[],
    name_mapping={"cert": "cert", "cert_chain": "certChain"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_chain: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Certificate defines the configuration for local signature verification.

        :param cert: Certificate is the to the public certificate for local signature verification.
        :param cert_chain: CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate. Must start with the parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate
        '''
        if isinstance(cert, dict):
            cert = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert(**cert)
        if isinstance(cert_chain, dict):
            cert_chain = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain(**cert_chain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a703f5c060ade31f7afd3f7b716962d39943625ed31232f7ea64f4d3470e9e5)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument cert_chain", value=cert_chain, expected_type=type_hints["cert_chain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if cert_chain is not None:
            self._values["cert_chain"] = cert_chain

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert"]:
        '''Certificate is the to the public certificate for local signature verification.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert"], result)

    @builtins.property
    def cert_chain(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain"]:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate#certChain
        '''
        result = self._values.get("cert_chain")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certificate is the to the public certificate for local signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ef6cc04b0c48633d07e09095b1565705a01cdec1870b7a181bf842374c6c43e)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72fe6dd8b2a9a46948b467713f96f33642235cb13f9222776aace65d5a45ea0a)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog",
    jsii_struct_bases=[],
    name_mapping={
        "ct_log_pub_key": "ctLogPubKey",
        "insecure_ignore_sct": "insecureIgnoreSct",
        "insecure_ignore_tlog": "insecureIgnoreTlog",
        "rekor_pub_key": "rekorPubKey",
        "tsa_cert_chain": "tsaCertChain",
        "url": "url",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog:
    def __init__(
        self,
        *,
        ct_log_pub_key: typing.Optional[builtins.str] = None,
        insecure_ignore_sct: typing.Optional[builtins.bool] = None,
        insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
        rekor_pub_key: typing.Optional[builtins.str] = None,
        tsa_cert_chain: typing.Optional[builtins.str] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :param ct_log_pub_key: CTLogPubKey, if set, is used to validate SCTs against a custom source.
        :param insecure_ignore_sct: IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp. Default is false. Set to true if this was opted out during signing. Default: false. Set to true if this was opted out during signing.
        :param insecure_ignore_tlog: InsecureIgnoreTlog skips transparency log verification.
        :param rekor_pub_key: RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor. If set, this will be used to validate transparency log signatures from a custom Rekor.
        :param tsa_cert_chain: TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must contain the root CA certificate. Optionally may contain intermediate CA certificates, and may contain the leaf TSA certificate if not present in the timestamurce.
        :param url: URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3563465eaeb0f0478a8978eb44a1183c765a1c2e10c28b391d062ab8f4b0aff5)
            check_type(argname="argument ct_log_pub_key", value=ct_log_pub_key, expected_type=type_hints["ct_log_pub_key"])
            check_type(argname="argument insecure_ignore_sct", value=insecure_ignore_sct, expected_type=type_hints["insecure_ignore_sct"])
            check_type(argname="argument insecure_ignore_tlog", value=insecure_ignore_tlog, expected_type=type_hints["insecure_ignore_tlog"])
            check_type(argname="argument rekor_pub_key", value=rekor_pub_key, expected_type=type_hints["rekor_pub_key"])
            check_type(argname="argument tsa_cert_chain", value=tsa_cert_chain, expected_type=type_hints["tsa_cert_chain"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ct_log_pub_key is not None:
            self._values["ct_log_pub_key"] = ct_log_pub_key
        if insecure_ignore_sct is not None:
            self._values["insecure_ignore_sct"] = insecure_ignore_sct
        if insecure_ignore_tlog is not None:
            self._values["insecure_ignore_tlog"] = insecure_ignore_tlog
        if rekor_pub_key is not None:
            self._values["rekor_pub_key"] = rekor_pub_key
        if tsa_cert_chain is not None:
            self._values["tsa_cert_chain"] = tsa_cert_chain
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def ct_log_pub_key(self) -> typing.Optional[builtins.str]:
        '''CTLogPubKey, if set, is used to validate SCTs against a custom source.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#ctLogPubKey
        '''
        result = self._values.get("ct_log_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_ignore_sct(self) -> typing.Optional[builtins.bool]:
        '''IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp.

        Default is false. Set to true if this was opted out during signing.

        :default: false. Set to true if this was opted out during signing.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#insecureIgnoreSCT
        '''
        result = self._values.get("insecure_ignore_sct")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def insecure_ignore_tlog(self) -> typing.Optional[builtins.bool]:
        '''InsecureIgnoreTlog skips transparency log verification.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#insecureIgnoreTlog
        '''
        result = self._values.get("insecure_ignore_tlog")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rekor_pub_key(self) -> typing.Optional[builtins.str]:
        '''RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.

        If set, this will be used to validate transparency log signatures from a custom Rekor.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#rekorPubKey
        '''
        result = self._values.get("rekor_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tsa_cert_chain(self) -> typing.Optional[builtins.str]:
        '''TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority.

        Must
        contain the root CA certificate. Optionally may contain intermediate CA certificates, and
        may contain the leaf TSA certificate if not present in the timestamurce.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#tsaCertChain
        '''
        result = self._values.get("tsa_cert_chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "expression": "expression",
        "hash_algorithm": "hashAlgorithm",
        "kms": "kms",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        expression: typing.Optional[builtins.str] = None,
        hash_algorithm: typing.Optional[builtins.str] = None,
        kms: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Key defines the type of key to validate the image.

        :param data: Data contains the inline public key.
        :param expression: Expression is a Expression expression that returns the public key.
        :param hash_algorithm: HashAlgorithm specifues signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512. Defaults to sha256. Default: sha256.
        :param kms: KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cde39ef0252a96904303fe0288ce2a348851f7b17a0d1fdd253324a7f0250fbc)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument hash_algorithm", value=hash_algorithm, expected_type=type_hints["hash_algorithm"])
            check_type(argname="argument kms", value=kms, expected_type=type_hints["kms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if expression is not None:
            self._values["expression"] = expression
        if hash_algorithm is not None:
            self._values["hash_algorithm"] = hash_algorithm
        if kms is not None:
            self._values["kms"] = kms

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data contains the inline public key.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression is a Expression expression that returns the public key.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hash_algorithm(self) -> typing.Optional[builtins.str]:
        '''HashAlgorithm specifues signature algorithm for public keys.

        Supported values are
        sha224, sha256, sha384 and sha512. Defaults to sha256.

        :default: sha256.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey#hashAlgorithm
        '''
        result = self._values.get("hash_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kms(self) -> typing.Optional[builtins.str]:
        '''KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey#kms
        '''
        result = self._values.get("kms")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless",
    jsii_struct_bases=[],
    name_mapping={
        "identities": "identities",
        "additional_extensions": "additionalExtensions",
        "roots": "roots",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless:
    def __init__(
        self,
        *,
        identities: typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities", typing.Dict[builtins.str, typing.Any]]],
        additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        roots: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :param identities: Identities sets a list of identities.
        :param additional_extensions: AdditionalExtensions are certificate-extensions used for keyless signing.
        :param roots: Roots is an optional set of PEM encoded trusted root certificates. If not provided, the system roots are used.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__702f97acf23a0c1992e0097b3b97244fe643428beece7c4cdab4a3448915fcc1)
            check_type(argname="argument identities", value=identities, expected_type=type_hints["identities"])
            check_type(argname="argument additional_extensions", value=additional_extensions, expected_type=type_hints["additional_extensions"])
            check_type(argname="argument roots", value=roots, expected_type=type_hints["roots"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identities": identities,
        }
        if additional_extensions is not None:
            self._values["additional_extensions"] = additional_extensions
        if roots is not None:
            self._values["roots"] = roots

    @builtins.property
    def identities(
        self,
    ) -> typing.List["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities"]:
        '''Identities sets a list of identities.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless#identities
        '''
        result = self._values.get("identities")
        assert result is not None, "Required property 'identities' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities"], result)

    @builtins.property
    def additional_extensions(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''AdditionalExtensions are certificate-extensions used for keyless signing.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless#additionalExtensions
        '''
        result = self._values.get("additional_extensions")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def roots(self) -> typing.Optional[builtins.str]:
        '''Roots is an optional set of PEM encoded trusted root certificates.

        If not provided, the system roots are used.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless#roots
        '''
        result = self._values.get("roots")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities",
    jsii_struct_bases=[],
    name_mapping={
        "issuer": "issuer",
        "issuer_reg_exp": "issuerRegExp",
        "subject": "subject",
        "subject_expression": "subjectExpression",
        "subject_reg_exp": "subjectRegExp",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities:
    def __init__(
        self,
        *,
        issuer: typing.Optional[builtins.str] = None,
        issuer_reg_exp: typing.Optional[builtins.str] = None,
        subject: typing.Optional[builtins.str] = None,
        subject_expression: typing.Optional[builtins.str] = None,
        subject_reg_exp: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Identity may contain the issuer and/or the subject found in the transparency log.

        Issuer/Subject uses a strict match, while IssuerRegExp and SubjectRegExp
        apply a regexp for matching.
        For a dynamic subject, use SubjectExpression which accepts a CEL expression
        evaluated at admission time. The result is used as a regexp match against the
        certificate SAN URI, so it can be either a literal string or a regexp pattern.

        :param issuer: Issuer defines the issuer for this identity.
        :param issuer_reg_exp: IssuerRegExp specifies a regular expression to match the issuer for this identity.
        :param subject: Subject defines the subject for this identity.
        :param subject_expression: SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI. Mutually exclusive with SubjectRegExp.
        :param subject_reg_exp: SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9341a5caab7990946e10b975b29df09ba5e7341d2f9339092a84eca15af219eb)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument issuer_reg_exp", value=issuer_reg_exp, expected_type=type_hints["issuer_reg_exp"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
            check_type(argname="argument subject_expression", value=subject_expression, expected_type=type_hints["subject_expression"])
            check_type(argname="argument subject_reg_exp", value=subject_reg_exp, expected_type=type_hints["subject_reg_exp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer is not None:
            self._values["issuer"] = issuer
        if issuer_reg_exp is not None:
            self._values["issuer_reg_exp"] = issuer_reg_exp
        if subject is not None:
            self._values["subject"] = subject
        if subject_expression is not None:
            self._values["subject_expression"] = subject_expression
        if subject_reg_exp is not None:
            self._values["subject_reg_exp"] = subject_reg_exp

    @builtins.property
    def issuer(self) -> typing.Optional[builtins.str]:
        '''Issuer defines the issuer for this identity.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities#issuer
        '''
        result = self._values.get("issuer")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def issuer_reg_exp(self) -> typing.Optional[builtins.str]:
        '''IssuerRegExp specifies a regular expression to match the issuer for this identity.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities#issuerRegExp
        '''
        result = self._values.get("issuer_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject(self) -> typing.Optional[builtins.str]:
        '''Subject defines the subject for this identity.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities#subject
        '''
        result = self._values.get("subject")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_expression(self) -> typing.Optional[builtins.str]:
        '''SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI.

        Mutually exclusive with SubjectRegExp.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities#subjectExpression
        '''
        result = self._values.get("subject_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_reg_exp(self) -> typing.Optional[builtins.str]:
        '''SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities#subjectRegExp
        '''
        result = self._values.get("subject_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource",
    jsii_struct_bases=[],
    name_mapping={
        "pull_secrets": "pullSecrets",
        "repository": "repository",
        "tag_prefix": "tagPrefix",
    },
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource:
    def __init__(
        self,
        *,
        pull_secrets: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        repository: typing.Optional[builtins.str] = None,
        tag_prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :param pull_secrets: SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.
        :param repository: Repository defines the location from where to pull the signature / attestations.
        :param tag_prefix: TagPrefix is an optional prefix that signature and attestations have. This is the 'tag based discovery' and in the future once references are fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9de42b0114a90929fdbc3d91ba6f9d0e2a3f62cfeb3e901b73909ad77997df0)
            check_type(argname="argument pull_secrets", value=pull_secrets, expected_type=type_hints["pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument tag_prefix", value=tag_prefix, expected_type=type_hints["tag_prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pull_secrets is not None:
            self._values["pull_secrets"] = pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if tag_prefix is not None:
            self._values["tag_prefix"] = tag_prefix

    @builtins.property
    def pull_secrets(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets"]]:
        '''SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource#PullSecrets
        '''
        result = self._values.get("pull_secrets")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets"]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository defines the location from where to pull the signature / attestations.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag_prefix(self) -> typing.Optional[builtins.str]:
        '''TagPrefix is an optional prefix that signature and attestations have.

        This is the 'tag based discovery' and in the future once references are
        fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource#tagPrefix
        '''
        result = self._values.get("tag_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.

        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9bc289045435cc916373ce8de1e70f92f244b70166eb33cc8bcc69d54d14dec)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__418e427fac3a2908c0338fd51fbbe91f50ed0d8f63dc9491c79d51c4792adc37)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf",
    jsii_struct_bases=[],
    name_mapping={"mirror": "mirror", "root": "root"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf:
    def __init__(
        self,
        *,
        mirror: typing.Optional[builtins.str] = None,
        root: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''TUF defines the configuration to fetch sigstore root.

        :param mirror: Mirror is the base URL of Sigstore TUF repository.
        :param root: Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf
        '''
        if isinstance(root, dict):
            root = ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot(**root)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__209f6083f3a6747bfa37503a6fd825fe0f0d77ab38b0dbc8055e3d106f21cd43)
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mirror is not None:
            self._values["mirror"] = mirror
        if root is not None:
            self._values["root"] = root

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''Mirror is the base URL of Sigstore TUF repository.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot"]:
        '''Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot",
    jsii_struct_bases=[],
    name_mapping={"data": "data", "path": "path"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Root defines the path or data of the trusted root.

        :param data: Data is the base64 encoded TUF root.
        :param path: Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bab8ac4723227459d2fb887df57f2ec5e0c5b94b9f4daed01550ab4ea3f3b9a9)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data is the base64 encoded TUF root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsNotary",
    jsii_struct_bases=[],
    name_mapping={"certs": "certs", "tsa_certs": "tsaCerts"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsNotary:
    def __init__(
        self,
        *,
        certs: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts", typing.Dict[builtins.str, typing.Any]]] = None,
        tsa_certs: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Notary defines attestor configuration for Notary based signatures.

        :param certs: Certs define the cert chain for Notary signature verification.
        :param tsa_certs: TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotary
        '''
        if isinstance(certs, dict):
            certs = ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts(**certs)
        if isinstance(tsa_certs, dict):
            tsa_certs = ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts(**tsa_certs)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecdb0f54b9eb678a20ac1d5342529ff9bd3ac95182c11626df5d2ffe595b774b)
            check_type(argname="argument certs", value=certs, expected_type=type_hints["certs"])
            check_type(argname="argument tsa_certs", value=tsa_certs, expected_type=type_hints["tsa_certs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certs is not None:
            self._values["certs"] = certs
        if tsa_certs is not None:
            self._values["tsa_certs"] = tsa_certs

    @builtins.property
    def certs(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts"]:
        '''Certs define the cert chain for Notary signature verification.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotary#certs
        '''
        result = self._values.get("certs")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts"], result)

    @builtins.property
    def tsa_certs(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts"]:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotary#tsaCerts
        '''
        result = self._values.get("tsa_certs")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsNotary(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certs define the cert chain for Notary signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c789dd1022848e5ce7add974dc9dd1c13142627f132013610ee7bfa463417a00)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6354646fe0df0e7734a541eb1bfe69cf575ac33844ee3fde34b9fc2b2022595)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ImageValidatingPolicyV1Alpha1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5266e45ed0e67819c8dc93e64a579b79733b5131b248a429f790a30ca31a23fa)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={"pod_controllers": "podControllers"},
)
class ImageValidatingPolicyV1Alpha1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicyV1Alpha1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers(**pod_controllers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__023a09f7f20b88c81d0cdb407e07bbe171adc426ef321abef2d25d5cc6e0fedf)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicyV1Alpha1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0960a3afd527963ee0bfe93c025f997560e57c2b1866ba804e5760428ff7c1a3)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "allow_insecure_registry": "allowInsecureRegistry",
        "providers": "providers",
        "secrets": "secrets",
    },
)
class ImageValidatingPolicyV1Alpha1SpecCredentials:
    def __init__(
        self,
        *,
        allow_insecure_registry: typing.Optional[builtins.bool] = None,
        providers: typing.Optional[typing.Sequence["ImageValidatingPolicyV1Alpha1SpecCredentialsProviders"]] = None,
        secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Credentials provides credentials that will be used for authentication with registry.

        :param allow_insecure_registry: AllowInsecureRegistry allows insecure access to a registry.
        :param providers: Providers specifies a list of OCI Registry names, whose authentication providers are provided. It can be of one of these values: default,google,azure,amazon,github.
        :param secrets: Secrets specifies a list of secrets that are provided for credentials. Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicyV1Alpha1SpecCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__574d0dca37f166d790c1f2151e5a55ec3e21540d3571ee27ea14ea52b42c340f)
            check_type(argname="argument allow_insecure_registry", value=allow_insecure_registry, expected_type=type_hints["allow_insecure_registry"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument secrets", value=secrets, expected_type=type_hints["secrets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_insecure_registry is not None:
            self._values["allow_insecure_registry"] = allow_insecure_registry
        if providers is not None:
            self._values["providers"] = providers
        if secrets is not None:
            self._values["secrets"] = secrets

    @builtins.property
    def allow_insecure_registry(self) -> typing.Optional[builtins.bool]:
        '''AllowInsecureRegistry allows insecure access to a registry.

        :schema: ImageValidatingPolicyV1Alpha1SpecCredentials#allowInsecureRegistry
        '''
        result = self._values.get("allow_insecure_registry")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecCredentialsProviders"]]:
        '''Providers specifies a list of OCI Registry names, whose authentication providers are provided.

        It can be of one of these values: default,google,azure,amazon,github.

        :schema: ImageValidatingPolicyV1Alpha1SpecCredentials#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecCredentialsProviders"]], result)

    @builtins.property
    def secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Secrets specifies a list of secrets that are provided for credentials.

        Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicyV1Alpha1SpecCredentials#secrets
        '''
        result = self._values.get("secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecCredentialsProviders"
)
class ImageValidatingPolicyV1Alpha1SpecCredentialsProviders(enum.Enum):
    '''CredentialsProvidersType provides the list of credential providers required.

    :schema: ImageValidatingPolicyV1Alpha1SpecCredentialsProviders
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    AMAZON = "AMAZON"
    '''amazon.'''
    AZURE = "AZURE"
    '''azure.'''
    GOOGLE = "GOOGLE"
    '''google.'''
    GITHUB = "GITHUB"
    '''github.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ImageValidatingPolicyV1Alpha1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ImageValidatingPolicyV1Alpha1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3d5865c2305eae70836150b5a36eb93e624ad92219b185685a60fc45e53b5f9)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8981680d31ffb1e765129bbc4e59e98bb1c9f858546f8e5de81c1ebeefb4dd27)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicyV1Alpha1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27421f34863ede73447e6ac5479267198f65eb69da5a07968514951179c584ca)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicyV1Alpha1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecFailurePolicy"
)
class ImageValidatingPolicyV1Alpha1SpecFailurePolicy(enum.Enum):
    '''FailurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    :schema: ImageValidatingPolicyV1Alpha1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecImages",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Alpha1SpecImages:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''
        :param expression: Expression defines CEL expression to extract images from the resource.
        :param name: Name is the name for this imageList. It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicyV1Alpha1SpecImages
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb4183cf13a48e3fe7b9ae1bba1ae1f665a78d5f7a5f136d6a8a51d098419a7f)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression defines CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicyV1Alpha1SpecImages#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this imageList.

        It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicyV1Alpha1SpecImages#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecImages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Alpha1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49b5ef1cc17553c8df73d2b43d2b23edb03105e676836424d64442063af614d0)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__997bbd03e7c85905c5236b791d0d7f503e534e0cddfb2c0b872c7d64127ec516)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1af9ace54c067a858cf5342330b9303d38a3276daaac933112b82e06691965fe)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7121a622a170d58f995a5deb47efbadbd60d3ff98f3a2371fa16296b296e9dd)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a96142736a6ff2c1ecb230a5e065546cb903ccafcceafa2dc94eb774344b0fb6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2e0ab6b55ea77bc3a3fabb7b566909db01608470207f5272671689ba5ce39d1)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ed9df7f66cd7b8863d84ba2d05eca9ce102e7d942b0a5f108bec18cf1df1d4b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4320de9a4b0ce6fb74e5a5b938ddbd6b836511298354a9d2a8e0d9cfe1c3740d)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecMatchImageReferences",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "glob": "glob"},
)
class ImageValidatingPolicyV1Alpha1SpecMatchImageReferences:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        glob: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MatchImageReference defines a Glob or a CEL expression for matching images.

        :param expression: Expression defines CEL Expressions for matching images.
        :param glob: Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchImageReferences
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90cba5bbf0561e10458b61cd2860afc1de14a3ac79bb571e2553ec13e7b8401f)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument glob", value=glob, expected_type=type_hints["glob"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if glob is not None:
            self._values["glob"] = glob

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines CEL Expressions for matching images.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchImageReferences#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def glob(self) -> typing.Optional[builtins.str]:
        '''Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicyV1Alpha1SpecMatchImageReferences#glob
        '''
        result = self._values.get("glob")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecMatchImageReferences(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecValidationActions"
)
class ImageValidatingPolicyV1Alpha1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ImageValidatingPolicyV1Alpha1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecValidationConfigurations",
    jsii_struct_bases=[],
    name_mapping={
        "mutate_digest": "mutateDigest",
        "required": "required",
        "verify_digest": "verifyDigest",
    },
)
class ImageValidatingPolicyV1Alpha1SpecValidationConfigurations:
    def __init__(
        self,
        *,
        mutate_digest: typing.Optional[builtins.bool] = None,
        required: typing.Optional[builtins.bool] = None,
        verify_digest: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :param mutate_digest: MutateDigest enables replacement of image tags with digests. Defaults to true. Default: true.
        :param required: Required validates that images are verified, i.e., have passed a signature or attestation check.
        :param verify_digest: VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidationConfigurations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6033abf48280d5e87f45375c2846cb8d6612ef09451a02f083b5c38918ac8fc9)
            check_type(argname="argument mutate_digest", value=mutate_digest, expected_type=type_hints["mutate_digest"])
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
            check_type(argname="argument verify_digest", value=verify_digest, expected_type=type_hints["verify_digest"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mutate_digest is not None:
            self._values["mutate_digest"] = mutate_digest
        if required is not None:
            self._values["required"] = required
        if verify_digest is not None:
            self._values["verify_digest"] = verify_digest

    @builtins.property
    def mutate_digest(self) -> typing.Optional[builtins.bool]:
        '''MutateDigest enables replacement of image tags with digests.

        Defaults to true.

        :default: true.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidationConfigurations#mutateDigest
        '''
        result = self._values.get("mutate_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required validates that images are verified, i.e., have passed a signature or attestation check.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidationConfigurations#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def verify_digest(self) -> typing.Optional[builtins.bool]:
        '''VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidationConfigurations#verifyDigest
        '''
        result = self._values.get("verify_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecValidationConfigurations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ImageValidatingPolicyV1Alpha1SpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93c527645782a74299e298b3df67fc34582855ee3e26b7e20a073dde6b4a354d)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ImageValidatingPolicyV1Alpha1SpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ImageValidatingPolicyV1Alpha1SpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicyV1Alpha1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Alpha1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicyV1Alpha1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb709a6f8372ad94f7b549210bf1775569cc87ea15d38143defb924de9c414e8)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ImageValidatingPolicyV1Alpha1SpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicyV1Alpha1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05ed24a69d0bbcd8618de3bd37cf600ae9be477a7fd7c18ddcdce7a06dbf9cab)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ImageValidatingPolicyV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1",
):
    '''
    :schema: ImageValidatingPolicyV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ImageValidatingPolicyV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24954d009e82b90261050012ee14b439a9bea38f86e65596c45732d90447bab1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ImageValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ImageValidatingPolicyV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 
        '''
        props = ImageValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ImageValidatingPolicyV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ImageValidatingPolicyV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ImageValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.
        :param metadata: 

        :schema: ImageValidatingPolicyV1Beta1
        '''
        if isinstance(spec, dict):
            spec = ImageValidatingPolicyV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fca459991151faef869723f35eb227fd73f2f88772dcd32a4f53bd6b186d656)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ImageValidatingPolicyV1Beta1Spec":
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :schema: ImageValidatingPolicyV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ImageValidatingPolicyV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ImageValidatingPolicyV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "attestors": "attestors",
        "validations": "validations",
        "attestations": "attestations",
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "credentials": "credentials",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "images": "images",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "match_image_references": "matchImageReferences",
        "validation_actions": "validationActions",
        "validation_configurations": "validationConfigurations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ImageValidatingPolicyV1Beta1Spec:
    def __init__(
        self,
        *,
        attestors: typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestors", typing.Dict[builtins.str, typing.Any]]],
        validations: typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecValidations", typing.Dict[builtins.str, typing.Any]]],
        attestations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestations", typing.Dict[builtins.str, typing.Any]]]] = None,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ImageValidatingPolicyV1Beta1SpecFailurePolicy"] = None,
        images: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecImages", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        match_image_references: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchImageReferences", typing.Dict[builtins.str, typing.Any]]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ImageValidatingPolicyV1Beta1SpecValidationActions"]] = None,
        validation_configurations: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecValidationConfigurations", typing.Dict[builtins.str, typing.Any]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ImageValidatingPolicySpec is the specification of the desired behavior of the ImageValidatingPolicy.

        :param attestors: Attestors provides a list of trusted authorities.
        :param validations: Validations contain CEL expressions which is used to apply the image validation checks.
        :param attestations: Attestations provides a list of image metadata to verify.
        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param credentials: Credentials provides credentials that will be used for authentication with registry.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: FailurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings.
        :param images: ImageExtractors is a list of CEL expression to extract images from the resource.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed.
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate.
        :param match_image_references: MatchImageReferences is a list of Glob and CELExpressions to match images. Any image that matches one of the rules is considered for validation Any image that does not match a rule is skipped, even when they are passed as arguments to image verification functions
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validation_configurations: ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicyV1Beta1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ImageValidatingPolicyV1Beta1SpecAutogen(**autogen)
        if isinstance(credentials, dict):
            credentials = ImageValidatingPolicyV1Beta1SpecCredentials(**credentials)
        if isinstance(evaluation, dict):
            evaluation = ImageValidatingPolicyV1Beta1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ImageValidatingPolicyV1Beta1SpecMatchConstraints(**match_constraints)
        if isinstance(validation_configurations, dict):
            validation_configurations = ImageValidatingPolicyV1Beta1SpecValidationConfigurations(**validation_configurations)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ImageValidatingPolicyV1Beta1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f5e51bcad64ab23fe99ffabd8676a49eba953604448c01cdac651fdd473a1fb)
            check_type(argname="argument attestors", value=attestors, expected_type=type_hints["attestors"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument attestations", value=attestations, expected_type=type_hints["attestations"])
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument match_image_references", value=match_image_references, expected_type=type_hints["match_image_references"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validation_configurations", value=validation_configurations, expected_type=type_hints["validation_configurations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "attestors": attestors,
            "validations": validations,
        }
        if attestations is not None:
            self._values["attestations"] = attestations
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if credentials is not None:
            self._values["credentials"] = credentials
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if match_image_references is not None:
            self._values["match_image_references"] = match_image_references
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validation_configurations is not None:
            self._values["validation_configurations"] = validation_configurations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def attestors(self) -> typing.List["ImageValidatingPolicyV1Beta1SpecAttestors"]:
        '''Attestors provides a list of trusted authorities.

        :schema: ImageValidatingPolicyV1Beta1Spec#attestors
        '''
        result = self._values.get("attestors")
        assert result is not None, "Required property 'attestors' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Beta1SpecAttestors"], result)

    @builtins.property
    def validations(self) -> typing.List["ImageValidatingPolicyV1Beta1SpecValidations"]:
        '''Validations contain CEL expressions which is used to apply the image validation checks.

        :schema: ImageValidatingPolicyV1Beta1Spec#validations
        '''
        result = self._values.get("validations")
        assert result is not None, "Required property 'validations' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Beta1SpecValidations"], result)

    @builtins.property
    def attestations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAttestations"]]:
        '''Attestations provides a list of image metadata to verify.

        :schema: ImageValidatingPolicyV1Beta1Spec#attestations
        '''
        result = self._values.get("attestations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAttestations"]], result)

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ImageValidatingPolicyV1Beta1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ImageValidatingPolicyV1Beta1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAutogen"], result)

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecCredentials"]:
        '''Credentials provides credentials that will be used for authentication with registry.

        :schema: ImageValidatingPolicyV1Beta1Spec#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecCredentials"], result)

    @builtins.property
    def evaluation(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ImageValidatingPolicyV1Beta1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecFailurePolicy"]:
        '''FailurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        :schema: ImageValidatingPolicyV1Beta1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecFailurePolicy"], result)

    @builtins.property
    def images(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecImages"]]:
        '''ImageExtractors is a list of CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicyV1Beta1Spec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecImages"]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        :schema: ImageValidatingPolicyV1Beta1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :schema: ImageValidatingPolicyV1Beta1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraints"], result)

    @builtins.property
    def match_image_references(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchImageReferences"]]:
        '''MatchImageReferences is a list of Glob and CELExpressions to match images.

        Any image that matches one of the rules is considered for validation
        Any image that does not match a rule is skipped, even when they are passed as arguments to
        image verification functions

        :schema: ImageValidatingPolicyV1Beta1Spec#matchImageReferences
        '''
        result = self._values.get("match_image_references")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchImageReferences"]], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ImageValidatingPolicyV1Beta1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecValidationActions"]], result)

    @builtins.property
    def validation_configurations(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecValidationConfigurations"]:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :schema: ImageValidatingPolicyV1Beta1Spec#validationConfigurations
        '''
        result = self._values.get("validation_configurations")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecValidationConfigurations"], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.

        :schema: ImageValidatingPolicyV1Beta1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ImageValidatingPolicyV1Beta1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestations",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "intoto": "intoto", "referrer": "referrer"},
)
class ImageValidatingPolicyV1Beta1SpecAttestations:
    def __init__(
        self,
        *,
        name: builtins.str,
        intoto: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestationsIntoto", typing.Dict[builtins.str, typing.Any]]] = None,
        referrer: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestationsReferrer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestation defines the identification details of the  metadata that has to be verified.

        :param name: Name is the name for this attestation. It is used to refer to the attestation in verification
        :param intoto: InToto defines the details of attestation attached using intoto format.
        :param referrer: Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestations
        '''
        if isinstance(intoto, dict):
            intoto = ImageValidatingPolicyV1Beta1SpecAttestationsIntoto(**intoto)
        if isinstance(referrer, dict):
            referrer = ImageValidatingPolicyV1Beta1SpecAttestationsReferrer(**referrer)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04c84f52557bd83355690b1d7fdd62b41cc4f5013adaaebc78ed10bce24f2892)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument intoto", value=intoto, expected_type=type_hints["intoto"])
            check_type(argname="argument referrer", value=referrer, expected_type=type_hints["referrer"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if intoto is not None:
            self._values["intoto"] = intoto
        if referrer is not None:
            self._values["referrer"] = referrer

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestation.

        It is used to refer to the attestation in verification

        :schema: ImageValidatingPolicyV1Beta1SpecAttestations#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def intoto(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestationsIntoto"]:
        '''InToto defines the details of attestation attached using intoto format.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestations#intoto
        '''
        result = self._values.get("intoto")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestationsIntoto"], result)

    @builtins.property
    def referrer(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestationsReferrer"]:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestations#referrer
        '''
        result = self._values.get("referrer")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestationsReferrer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestationsIntoto",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicyV1Beta1SpecAttestationsIntoto:
    def __init__(self, *, type: builtins.str) -> None:
        '''InToto defines the details of attestation attached using intoto format.

        :param type: Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestationsIntoto
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__111c1ea2b2d1e87f6e821b386de115e647371f8a45c46fca4cb18942a8d7030a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation contained within the statement.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestationsIntoto#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestationsIntoto(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestationsReferrer",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ImageValidatingPolicyV1Beta1SpecAttestationsReferrer:
    def __init__(self, *, type: builtins.str) -> None:
        '''Referrer defines the details of attestation attached using OCI 1.1 format.

        :param type: Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestationsReferrer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__111301ca6c1b0d068f4b01977f50b1879afc1ffd59be649ee61b2d932157d11b)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type defines the type of attestation attached to the image.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestationsReferrer#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestationsReferrer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestors",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "cosign": "cosign", "notary": "notary"},
)
class ImageValidatingPolicyV1Beta1SpecAttestors:
    def __init__(
        self,
        *,
        name: builtins.str,
        cosign: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosign", typing.Dict[builtins.str, typing.Any]]] = None,
        notary: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsNotary", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Attestor is an identity that confirms or verifies the authenticity of an image or an attestation.

        :param name: Name is the name for this attestor. It is used to refer to the attestor in verification
        :param cosign: Cosign defines attestor configuration for Cosign based signatures.
        :param notary: Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestors
        '''
        if isinstance(cosign, dict):
            cosign = ImageValidatingPolicyV1Beta1SpecAttestorsCosign(**cosign)
        if isinstance(notary, dict):
            notary = ImageValidatingPolicyV1Beta1SpecAttestorsNotary(**notary)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__425a37f15ebcd9045be29b4578b10dedb243dc6455f8d8382666cd76e72d462a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cosign", value=cosign, expected_type=type_hints["cosign"])
            check_type(argname="argument notary", value=notary, expected_type=type_hints["notary"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if cosign is not None:
            self._values["cosign"] = cosign
        if notary is not None:
            self._values["notary"] = notary

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this attestor.

        It is used to refer to the attestor in verification

        :schema: ImageValidatingPolicyV1Beta1SpecAttestors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cosign(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosign"]:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestors#cosign
        '''
        result = self._values.get("cosign")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosign"], result)

    @builtins.property
    def notary(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotary"]:
        '''Notary defines attestor configuration for Notary based signatures.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestors#notary
        '''
        result = self._values.get("notary")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotary"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosign",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "certificate": "certificate",
        "ctlog": "ctlog",
        "key": "key",
        "keyless": "keyless",
        "source": "source",
        "trusted_root": "trustedRoot",
        "tuf": "tuf",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosign:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        certificate: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        ctlog: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog", typing.Dict[builtins.str, typing.Any]]] = None,
        key: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey", typing.Dict[builtins.str, typing.Any]]] = None,
        keyless: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless", typing.Dict[builtins.str, typing.Any]]] = None,
        source: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource", typing.Dict[builtins.str, typing.Any]]] = None,
        trusted_root: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot", typing.Dict[builtins.str, typing.Any]]] = None,
        tuf: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cosign defines attestor configuration for Cosign based signatures.

        :param annotations: Annotations are used for image verification. Every specified key-value pair must exist and match in the verified payload. The payload may contain other key-value pairs.
        :param certificate: Certificate defines the configuration for local signature verification.
        :param ctlog: CTLog sets the configuration to verify the authority against a Rekor instance.
        :param key: Key defines the type of key to validate the image.
        :param keyless: Keyless sets the configuration to verify the authority against a Fulcio instance.
        :param source: Sources sets the configuration to specify the sources from where to consume the signature and attestations.
        :param trusted_root: TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).
        :param tuf: TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign
        '''
        if isinstance(certificate, dict):
            certificate = ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate(**certificate)
        if isinstance(ctlog, dict):
            ctlog = ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog(**ctlog)
        if isinstance(key, dict):
            key = ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey(**key)
        if isinstance(keyless, dict):
            keyless = ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless(**keyless)
        if isinstance(source, dict):
            source = ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource(**source)
        if isinstance(trusted_root, dict):
            trusted_root = ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot(**trusted_root)
        if isinstance(tuf, dict):
            tuf = ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf(**tuf)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f77b82a79757e6aa4057b2b70a06d37bb10adea13a748849bfe2a1811e3bac51)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument ctlog", value=ctlog, expected_type=type_hints["ctlog"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument keyless", value=keyless, expected_type=type_hints["keyless"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument trusted_root", value=trusted_root, expected_type=type_hints["trusted_root"])
            check_type(argname="argument tuf", value=tuf, expected_type=type_hints["tuf"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if certificate is not None:
            self._values["certificate"] = certificate
        if ctlog is not None:
            self._values["ctlog"] = ctlog
        if key is not None:
            self._values["key"] = key
        if keyless is not None:
            self._values["keyless"] = keyless
        if source is not None:
            self._values["source"] = source
        if trusted_root is not None:
            self._values["trusted_root"] = trusted_root
        if tuf is not None:
            self._values["tuf"] = tuf

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations are used for image verification.

        Every specified key-value pair must exist and match in the verified payload.
        The payload may contain other key-value pairs.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def certificate(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate"]:
        '''Certificate defines the configuration for local signature verification.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate"], result)

    @builtins.property
    def ctlog(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog"]:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#ctlog
        '''
        result = self._values.get("ctlog")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog"], result)

    @builtins.property
    def key(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey"]:
        '''Key defines the type of key to validate the image.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey"], result)

    @builtins.property
    def keyless(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless"]:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#keyless
        '''
        result = self._values.get("keyless")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless"], result)

    @builtins.property
    def source(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource"]:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource"], result)

    @builtins.property
    def trusted_root(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot"]:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#trustedRoot
        '''
        result = self._values.get("trusted_root")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot"], result)

    @builtins.property
    def tuf(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf"]:
        '''TUF defines the configuration to fetch sigstore root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosign#tuf
        '''
        result = self._values.get("tuf")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosign(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate",
    jsii_struct_bases=[],
    name_mapping={"cert": "cert", "cert_chain": "certChain"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_chain: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Certificate defines the configuration for local signature verification.

        :param cert: Certificate is the to the public certificate for local signature verification.
        :param cert_chain: CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate. Must start with the parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate
        '''
        if isinstance(cert, dict):
            cert = ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert(**cert)
        if isinstance(cert_chain, dict):
            cert_chain = ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain(**cert_chain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7885b7f5a5b17d00269f81d7cd2a51783ce8c22fa7f0e8e4299265cfb8918e9)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument cert_chain", value=cert_chain, expected_type=type_hints["cert_chain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if cert_chain is not None:
            self._values["cert_chain"] = cert_chain

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert"]:
        '''Certificate is the to the public certificate for local signature verification.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert"], result)

    @builtins.property
    def cert_chain(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain"]:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate#certChain
        '''
        result = self._values.get("cert_chain")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certificate is the to the public certificate for local signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ec2394a5ce245a9cd99d3ad72e73b377a81f0340903510857556ae913293f8a)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertificateChain is the list of CA certificates in PEM format which will be needed when building the certificate chain for the signing certificate.

        Must start with the
        parent intermediate CA certificate of the signing certificate and end with the root certificate

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__213fbf4a1ff0bbf0d087ed8431e48a8cf932d3b3ef3ed3f4d4abab10cd2985e0)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog",
    jsii_struct_bases=[],
    name_mapping={
        "ct_log_pub_key": "ctLogPubKey",
        "insecure_ignore_sct": "insecureIgnoreSct",
        "insecure_ignore_tlog": "insecureIgnoreTlog",
        "rekor_pub_key": "rekorPubKey",
        "tsa_cert_chain": "tsaCertChain",
        "url": "url",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog:
    def __init__(
        self,
        *,
        ct_log_pub_key: typing.Optional[builtins.str] = None,
        insecure_ignore_sct: typing.Optional[builtins.bool] = None,
        insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
        rekor_pub_key: typing.Optional[builtins.str] = None,
        tsa_cert_chain: typing.Optional[builtins.str] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CTLog sets the configuration to verify the authority against a Rekor instance.

        :param ct_log_pub_key: CTLogPubKey, if set, is used to validate SCTs against a custom source.
        :param insecure_ignore_sct: IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp. Default is false. Set to true if this was opted out during signing. Default: false. Set to true if this was opted out during signing.
        :param insecure_ignore_tlog: InsecureIgnoreTlog skips transparency log verification.
        :param rekor_pub_key: RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor. If set, this will be used to validate transparency log signatures from a custom Rekor.
        :param tsa_cert_chain: TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must contain the root CA certificate. Optionally may contain intermediate CA certificates, and may contain the leaf TSA certificate if not present in the timestamurce.
        :param url: URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3496c3fa2945be98f00bf5d4c575db9941fdc06ec9cfab74a6259bbd5d852d87)
            check_type(argname="argument ct_log_pub_key", value=ct_log_pub_key, expected_type=type_hints["ct_log_pub_key"])
            check_type(argname="argument insecure_ignore_sct", value=insecure_ignore_sct, expected_type=type_hints["insecure_ignore_sct"])
            check_type(argname="argument insecure_ignore_tlog", value=insecure_ignore_tlog, expected_type=type_hints["insecure_ignore_tlog"])
            check_type(argname="argument rekor_pub_key", value=rekor_pub_key, expected_type=type_hints["rekor_pub_key"])
            check_type(argname="argument tsa_cert_chain", value=tsa_cert_chain, expected_type=type_hints["tsa_cert_chain"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ct_log_pub_key is not None:
            self._values["ct_log_pub_key"] = ct_log_pub_key
        if insecure_ignore_sct is not None:
            self._values["insecure_ignore_sct"] = insecure_ignore_sct
        if insecure_ignore_tlog is not None:
            self._values["insecure_ignore_tlog"] = insecure_ignore_tlog
        if rekor_pub_key is not None:
            self._values["rekor_pub_key"] = rekor_pub_key
        if tsa_cert_chain is not None:
            self._values["tsa_cert_chain"] = tsa_cert_chain
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def ct_log_pub_key(self) -> typing.Optional[builtins.str]:
        '''CTLogPubKey, if set, is used to validate SCTs against a custom source.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#ctLogPubKey
        '''
        result = self._values.get("ct_log_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_ignore_sct(self) -> typing.Optional[builtins.bool]:
        '''IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate timestamp.

        Default is false. Set to true if this was opted out during signing.

        :default: false. Set to true if this was opted out during signing.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#insecureIgnoreSCT
        '''
        result = self._values.get("insecure_ignore_sct")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def insecure_ignore_tlog(self) -> typing.Optional[builtins.bool]:
        '''InsecureIgnoreTlog skips transparency log verification.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#insecureIgnoreTlog
        '''
        result = self._values.get("insecure_ignore_tlog")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rekor_pub_key(self) -> typing.Optional[builtins.str]:
        '''RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.

        If set, this will be used to validate transparency log signatures from a custom Rekor.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#rekorPubKey
        '''
        result = self._values.get("rekor_pub_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tsa_cert_chain(self) -> typing.Optional[builtins.str]:
        '''TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority.

        Must
        contain the root CA certificate. Optionally may contain intermediate CA certificates, and
        may contain the leaf TSA certificate if not present in the timestamurce.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#tsaCertChain
        '''
        result = self._values.get("tsa_cert_chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''URL sets the url to the rekor instance (by default the public rekor.sigstore.dev).

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "expression": "expression",
        "hash_algorithm": "hashAlgorithm",
        "kms": "kms",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        expression: typing.Optional[builtins.str] = None,
        hash_algorithm: typing.Optional[builtins.str] = None,
        kms: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Key defines the type of key to validate the image.

        :param data: Data contains the inline public key.
        :param expression: Expression is a Expression expression that returns the public key.
        :param hash_algorithm: HashAlgorithm specifues signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512. Defaults to sha256. Default: sha256.
        :param kms: KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ebda34b2db90cf42d74b6ffb1967e38d7a85bde89c93496a2e39deaa0c67b5b)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument hash_algorithm", value=hash_algorithm, expected_type=type_hints["hash_algorithm"])
            check_type(argname="argument kms", value=kms, expected_type=type_hints["kms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if expression is not None:
            self._values["expression"] = expression
        if hash_algorithm is not None:
            self._values["hash_algorithm"] = hash_algorithm
        if kms is not None:
            self._values["kms"] = kms

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data contains the inline public key.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression is a Expression expression that returns the public key.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hash_algorithm(self) -> typing.Optional[builtins.str]:
        '''HashAlgorithm specifues signature algorithm for public keys.

        Supported values are
        sha224, sha256, sha384 and sha512. Defaults to sha256.

        :default: sha256.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey#hashAlgorithm
        '''
        result = self._values.get("hash_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kms(self) -> typing.Optional[builtins.str]:
        '''KMS contains the KMS url of the public key Supported formats differ based on the KMS system used.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey#kms
        '''
        result = self._values.get("kms")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless",
    jsii_struct_bases=[],
    name_mapping={
        "identities": "identities",
        "additional_extensions": "additionalExtensions",
        "roots": "roots",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless:
    def __init__(
        self,
        *,
        identities: typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities", typing.Dict[builtins.str, typing.Any]]],
        additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        roots: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Keyless sets the configuration to verify the authority against a Fulcio instance.

        :param identities: Identities sets a list of identities.
        :param additional_extensions: AdditionalExtensions are certificate-extensions used for keyless signing.
        :param roots: Roots is an optional set of PEM encoded trusted root certificates. If not provided, the system roots are used.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f8c7a773e2e605e3c2c250d9bf80d73c3cf59d04c46a1bf556e3749f48d51cf)
            check_type(argname="argument identities", value=identities, expected_type=type_hints["identities"])
            check_type(argname="argument additional_extensions", value=additional_extensions, expected_type=type_hints["additional_extensions"])
            check_type(argname="argument roots", value=roots, expected_type=type_hints["roots"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identities": identities,
        }
        if additional_extensions is not None:
            self._values["additional_extensions"] = additional_extensions
        if roots is not None:
            self._values["roots"] = roots

    @builtins.property
    def identities(
        self,
    ) -> typing.List["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities"]:
        '''Identities sets a list of identities.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless#identities
        '''
        result = self._values.get("identities")
        assert result is not None, "Required property 'identities' is missing"
        return typing.cast(typing.List["ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities"], result)

    @builtins.property
    def additional_extensions(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''AdditionalExtensions are certificate-extensions used for keyless signing.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless#additionalExtensions
        '''
        result = self._values.get("additional_extensions")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def roots(self) -> typing.Optional[builtins.str]:
        '''Roots is an optional set of PEM encoded trusted root certificates.

        If not provided, the system roots are used.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless#roots
        '''
        result = self._values.get("roots")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities",
    jsii_struct_bases=[],
    name_mapping={
        "issuer": "issuer",
        "issuer_reg_exp": "issuerRegExp",
        "subject": "subject",
        "subject_expression": "subjectExpression",
        "subject_reg_exp": "subjectRegExp",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities:
    def __init__(
        self,
        *,
        issuer: typing.Optional[builtins.str] = None,
        issuer_reg_exp: typing.Optional[builtins.str] = None,
        subject: typing.Optional[builtins.str] = None,
        subject_expression: typing.Optional[builtins.str] = None,
        subject_reg_exp: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Identity may contain the issuer and/or the subject found in the transparency log.

        Issuer/Subject uses a strict match, while IssuerRegExp and SubjectRegExp
        apply a regexp for matching.
        For a dynamic subject, use SubjectExpression which accepts a CEL expression
        evaluated at admission time. The result is used as a regexp match against the
        certificate SAN URI, so it can be either a literal string or a regexp pattern.

        :param issuer: Issuer defines the issuer for this identity.
        :param issuer_reg_exp: IssuerRegExp specifies a regular expression to match the issuer for this identity.
        :param subject: Subject defines the subject for this identity.
        :param subject_expression: SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI. Mutually exclusive with SubjectRegExp.
        :param subject_reg_exp: SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90e8c2b3e4c1e54353cc5069dd2388c7de9c15be02ab4e6ac7189f271f704cbb)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument issuer_reg_exp", value=issuer_reg_exp, expected_type=type_hints["issuer_reg_exp"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
            check_type(argname="argument subject_expression", value=subject_expression, expected_type=type_hints["subject_expression"])
            check_type(argname="argument subject_reg_exp", value=subject_reg_exp, expected_type=type_hints["subject_reg_exp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer is not None:
            self._values["issuer"] = issuer
        if issuer_reg_exp is not None:
            self._values["issuer_reg_exp"] = issuer_reg_exp
        if subject is not None:
            self._values["subject"] = subject
        if subject_expression is not None:
            self._values["subject_expression"] = subject_expression
        if subject_reg_exp is not None:
            self._values["subject_reg_exp"] = subject_reg_exp

    @builtins.property
    def issuer(self) -> typing.Optional[builtins.str]:
        '''Issuer defines the issuer for this identity.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities#issuer
        '''
        result = self._values.get("issuer")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def issuer_reg_exp(self) -> typing.Optional[builtins.str]:
        '''IssuerRegExp specifies a regular expression to match the issuer for this identity.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities#issuerRegExp
        '''
        result = self._values.get("issuer_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject(self) -> typing.Optional[builtins.str]:
        '''Subject defines the subject for this identity.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities#subject
        '''
        result = self._values.get("subject")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_expression(self) -> typing.Optional[builtins.str]:
        '''SubjectExpression defines a CEL expression that evaluates to the subject string, matched as a regexp against the certificate SAN URI.

        Mutually exclusive with SubjectRegExp.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities#subjectExpression
        '''
        result = self._values.get("subject_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_reg_exp(self) -> typing.Optional[builtins.str]:
        '''SubjectRegExp specifies a regular expression to match the subject for this identity.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities#subjectRegExp
        '''
        result = self._values.get("subject_reg_exp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource",
    jsii_struct_bases=[],
    name_mapping={
        "pull_secrets": "pullSecrets",
        "repository": "repository",
        "tag_prefix": "tagPrefix",
    },
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource:
    def __init__(
        self,
        *,
        pull_secrets: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        repository: typing.Optional[builtins.str] = None,
        tag_prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Sources sets the configuration to specify the sources from where to consume the signature and attestations.

        :param pull_secrets: SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.
        :param repository: Repository defines the location from where to pull the signature / attestations.
        :param tag_prefix: TagPrefix is an optional prefix that signature and attestations have. This is the 'tag based discovery' and in the future once references are fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7418278bda9dae746dbf6ca52b249d2a527383229a11e003b102ea73448e9fb)
            check_type(argname="argument pull_secrets", value=pull_secrets, expected_type=type_hints["pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument tag_prefix", value=tag_prefix, expected_type=type_hints["tag_prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pull_secrets is not None:
            self._values["pull_secrets"] = pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if tag_prefix is not None:
            self._values["tag_prefix"] = tag_prefix

    @builtins.property
    def pull_secrets(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets"]]:
        '''SignaturePullSecrets is an optional list of references to secrets in the same namespace as the deploying resource for pulling any of the signatures used by this Source.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource#PullSecrets
        '''
        result = self._values.get("pull_secrets")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets"]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository defines the location from where to pull the signature / attestations.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag_prefix(self) -> typing.Optional[builtins.str]:
        '''TagPrefix is an optional prefix that signature and attestations have.

        This is the 'tag based discovery' and in the future once references are
        fully supported that should likely be the preferred way to handle these.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource#tagPrefix
        '''
        result = self._values.get("tag_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.

        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__706f570a7a1d5f6eaedba773dd213b371aca6689b8e73c837fed68a1b64657de)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TrustedRoot is the sigstore-go TrustedRoot JSON (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1). When set, Kyverno uses this trust material directly instead of fetching trusted_root.json from the Sigstore TUF repository. Use this field when verifying attestations from providers that do not operate a TUF server, such as GitHub Actions. Takes precedence over the tuf field. Supports an inline JSON value or a CEL expression (e.g. variables.myRoot).

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0c1fb698ae0df4d6cfd77e940c229a0ba78b7f7a4e9470886676521fd5acb0b)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf",
    jsii_struct_bases=[],
    name_mapping={"mirror": "mirror", "root": "root"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf:
    def __init__(
        self,
        *,
        mirror: typing.Optional[builtins.str] = None,
        root: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''TUF defines the configuration to fetch sigstore root.

        :param mirror: Mirror is the base URL of Sigstore TUF repository.
        :param root: Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf
        '''
        if isinstance(root, dict):
            root = ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot(**root)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__633b6cb5aee63d01ef84cd38f8010e9a58696ee9e6016e53921f38071d316742)
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mirror is not None:
            self._values["mirror"] = mirror
        if root is not None:
            self._values["root"] = root

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''Mirror is the base URL of Sigstore TUF repository.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot"]:
        '''Root defines the path or data of the trusted root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot",
    jsii_struct_bases=[],
    name_mapping={"data": "data", "path": "path"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot:
    def __init__(
        self,
        *,
        data: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Root defines the path or data of the trusted root.

        :param data: Data is the base64 encoded TUF root.
        :param path: Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80722ab68fd23b4df4a15eb30c1fc7fd9334d41650ac197fbc1b98fe9301e3d9)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def data(self) -> typing.Optional[builtins.str]:
        '''Data is the base64 encoded TUF root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the URL or File location of the TUF root.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsNotary",
    jsii_struct_bases=[],
    name_mapping={"certs": "certs", "tsa_certs": "tsaCerts"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsNotary:
    def __init__(
        self,
        *,
        certs: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts", typing.Dict[builtins.str, typing.Any]]] = None,
        tsa_certs: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Notary defines attestor configuration for Notary based signatures.

        :param certs: Certs define the cert chain for Notary signature verification.
        :param tsa_certs: TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotary
        '''
        if isinstance(certs, dict):
            certs = ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts(**certs)
        if isinstance(tsa_certs, dict):
            tsa_certs = ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts(**tsa_certs)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4fa3daadc8d817d32cf5ca8e0f6156c9347748e4e1d31c2753e31e64c5f5f9f9)
            check_type(argname="argument certs", value=certs, expected_type=type_hints["certs"])
            check_type(argname="argument tsa_certs", value=tsa_certs, expected_type=type_hints["tsa_certs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certs is not None:
            self._values["certs"] = certs
        if tsa_certs is not None:
            self._values["tsa_certs"] = tsa_certs

    @builtins.property
    def certs(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts"]:
        '''Certs define the cert chain for Notary signature verification.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotary#certs
        '''
        result = self._values.get("certs")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts"], result)

    @builtins.property
    def tsa_certs(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts"]:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotary#tsaCerts
        '''
        result = self._values.get("tsa_certs")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsNotary(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Certs define the cert chain for Notary signature verification.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f4bcb0b329a8dbae4c73c09de68faaa04264ec78316f2f50e5ccc556f9f1dc7)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "value": "value"},
)
class ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TSACerts define the cert chain for verifying timestamps of notary signature.

        :param expression: Expression defines the a CEL expression input.
        :param value: Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8cbca2f64e62c69f5b1c024181ae9e054808df18d7f23fbb6101cac0b40a575)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines the a CEL expression input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value defines the raw string input.

        :schema: ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ImageValidatingPolicyV1Beta1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ImageValidatingPolicyV1Beta1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7538798ebbae15ee37aa78da547bc123b9638ebcf7c90e0bb8a8655026a18a39)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={"pod_controllers": "podControllers"},
)
class ImageValidatingPolicyV1Beta1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicyV1Beta1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ImageValidatingPolicyV1Beta1SpecAutogenPodControllers(**pod_controllers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e54dd932a82fbade6eb29bd025599d255768804cded4178e028d9a318caa5c5d)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ImageValidatingPolicyV1Beta1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecAutogenPodControllers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ImageValidatingPolicyV1Beta1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ImageValidatingPolicyV1Beta1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf72dcd1522669d95a395b30d9a398714891f17a78e880da71788a688bf95f6c)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ImageValidatingPolicyV1Beta1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "allow_insecure_registry": "allowInsecureRegistry",
        "providers": "providers",
        "secrets": "secrets",
    },
)
class ImageValidatingPolicyV1Beta1SpecCredentials:
    def __init__(
        self,
        *,
        allow_insecure_registry: typing.Optional[builtins.bool] = None,
        providers: typing.Optional[typing.Sequence["ImageValidatingPolicyV1Beta1SpecCredentialsProviders"]] = None,
        secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Credentials provides credentials that will be used for authentication with registry.

        :param allow_insecure_registry: AllowInsecureRegistry allows insecure access to a registry.
        :param providers: Providers specifies a list of OCI Registry names, whose authentication providers are provided. It can be of one of these values: default,google,azure,amazon,github.
        :param secrets: Secrets specifies a list of secrets that are provided for credentials. Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicyV1Beta1SpecCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__403239dbd055cd7b5da1520d51d526f304b3334b73a96736f371a2ecd4c4d5c3)
            check_type(argname="argument allow_insecure_registry", value=allow_insecure_registry, expected_type=type_hints["allow_insecure_registry"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument secrets", value=secrets, expected_type=type_hints["secrets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_insecure_registry is not None:
            self._values["allow_insecure_registry"] = allow_insecure_registry
        if providers is not None:
            self._values["providers"] = providers
        if secrets is not None:
            self._values["secrets"] = secrets

    @builtins.property
    def allow_insecure_registry(self) -> typing.Optional[builtins.bool]:
        '''AllowInsecureRegistry allows insecure access to a registry.

        :schema: ImageValidatingPolicyV1Beta1SpecCredentials#allowInsecureRegistry
        '''
        result = self._values.get("allow_insecure_registry")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecCredentialsProviders"]]:
        '''Providers specifies a list of OCI Registry names, whose authentication providers are provided.

        It can be of one of these values: default,google,azure,amazon,github.

        :schema: ImageValidatingPolicyV1Beta1SpecCredentials#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecCredentialsProviders"]], result)

    @builtins.property
    def secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Secrets specifies a list of secrets that are provided for credentials.

        Secrets must live in the Kyverno namespace.

        :schema: ImageValidatingPolicyV1Beta1SpecCredentials#secrets
        '''
        result = self._values.get("secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecCredentialsProviders"
)
class ImageValidatingPolicyV1Beta1SpecCredentialsProviders(enum.Enum):
    '''CredentialsProvidersType provides the list of credential providers required.

    :schema: ImageValidatingPolicyV1Beta1SpecCredentialsProviders
    '''

    DEFAULT = "DEFAULT"
    '''default.'''
    AMAZON = "AMAZON"
    '''amazon.'''
    AZURE = "AZURE"
    '''azure.'''
    GOOGLE = "GOOGLE"
    '''google.'''
    GITHUB = "GITHUB"
    '''github.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ImageValidatingPolicyV1Beta1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ImageValidatingPolicyV1Beta1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ImageValidatingPolicyV1Beta1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39f2c83008f2e97a6427809d5c1b135081b9baa34d3f171cd0f20a8e3ad09e19)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicyV1Beta1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ca0ba889df926cfcfab03997ba8f2d08ab39257ed9c953a1454c243c417b9f2)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ImageValidatingPolicyV1Beta1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53a68eb1acde7c07bbd99f08a70dc92159358fd7ef0646d00025cc70569ff51c)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ImageValidatingPolicyV1Beta1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecFailurePolicy"
)
class ImageValidatingPolicyV1Beta1SpecFailurePolicy(enum.Enum):
    '''FailurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    :schema: ImageValidatingPolicyV1Beta1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecImages",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Beta1SpecImages:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''
        :param expression: Expression defines CEL expression to extract images from the resource.
        :param name: Name is the name for this imageList. It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicyV1Beta1SpecImages
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66df15f0348d8336ca76332ee910dcd7152a213c736ae3776891eba6d96c7d98)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression defines CEL expression to extract images from the resource.

        :schema: ImageValidatingPolicyV1Beta1SpecImages#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name for this imageList.

        It is used to refer to the images in verification block as images.

        :schema: ImageValidatingPolicyV1Beta1SpecImages#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecImages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Beta1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f61bdad0b50ef63241d56857cd284c9d6903807148ddf5e10a3199522881992d)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__488e43cfac98d88d4382f9ea3975fa7ffc253442a27b75775924f672985ebb3d)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d77bb56e93e435c1fd0791723bfbe80a1d4c0086b6dcd2bca10f2d1a4727d2b)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56b188d77fc29570c2a0aefcd06978def05702d5b912bfe8256793d0f022e759)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b6d895b42d84ea2e85ccee4fc3824e650a0cf16d1f9b42d699c7e49fc2b8bc1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9cdcff856daa3d2bdc6fe0acba05cf9ae9f6fcf4735270382f5fdcb58e57fb4)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccc1ea43f4593a9e5d8cb46180bbf62077f4eaa91cd8925d05036086d403126b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84e4afaa6763cb3f9d59fbff609aea5c3b18d9f42ae1c40a165173779a57d8f1)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecMatchImageReferences",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "glob": "glob"},
)
class ImageValidatingPolicyV1Beta1SpecMatchImageReferences:
    def __init__(
        self,
        *,
        expression: typing.Optional[builtins.str] = None,
        glob: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MatchImageReference defines a Glob or a CEL expression for matching images.

        :param expression: Expression defines CEL Expressions for matching images.
        :param glob: Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchImageReferences
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7c67b38469925cbf43f86462d0cdc4b8dcaef376550c96f2d22af2b8836e7a0)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument glob", value=glob, expected_type=type_hints["glob"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression
        if glob is not None:
            self._values["glob"] = glob

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''Expression defines CEL Expressions for matching images.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchImageReferences#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def glob(self) -> typing.Optional[builtins.str]:
        '''Glob defines a globbing pattern for matching images.

        :schema: ImageValidatingPolicyV1Beta1SpecMatchImageReferences#glob
        '''
        result = self._values.get("glob")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecMatchImageReferences(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecValidationActions"
)
class ImageValidatingPolicyV1Beta1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ImageValidatingPolicyV1Beta1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecValidationConfigurations",
    jsii_struct_bases=[],
    name_mapping={
        "mutate_digest": "mutateDigest",
        "required": "required",
        "verify_digest": "verifyDigest",
    },
)
class ImageValidatingPolicyV1Beta1SpecValidationConfigurations:
    def __init__(
        self,
        *,
        mutate_digest: typing.Optional[builtins.bool] = None,
        required: typing.Optional[builtins.bool] = None,
        verify_digest: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ValidationConfigurations defines settings for mutating and verifying image digests, and enforcing image verification through signatures.

        :param mutate_digest: MutateDigest enables replacement of image tags with digests. Defaults to true. Default: true.
        :param required: Required validates that images are verified, i.e., have passed a signature or attestation check.
        :param verify_digest: VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicyV1Beta1SpecValidationConfigurations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2af38142b092d8057ea9d2526166fe73760842528c0ab55b0f0b7dd9d2be759)
            check_type(argname="argument mutate_digest", value=mutate_digest, expected_type=type_hints["mutate_digest"])
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
            check_type(argname="argument verify_digest", value=verify_digest, expected_type=type_hints["verify_digest"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mutate_digest is not None:
            self._values["mutate_digest"] = mutate_digest
        if required is not None:
            self._values["required"] = required
        if verify_digest is not None:
            self._values["verify_digest"] = verify_digest

    @builtins.property
    def mutate_digest(self) -> typing.Optional[builtins.bool]:
        '''MutateDigest enables replacement of image tags with digests.

        Defaults to true.

        :default: true.

        :schema: ImageValidatingPolicyV1Beta1SpecValidationConfigurations#mutateDigest
        '''
        result = self._values.get("mutate_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required validates that images are verified, i.e., have passed a signature or attestation check.

        :schema: ImageValidatingPolicyV1Beta1SpecValidationConfigurations#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def verify_digest(self) -> typing.Optional[builtins.bool]:
        '''VerifyDigest validates that images have a digest.

        :schema: ImageValidatingPolicyV1Beta1SpecValidationConfigurations#verifyDigest
        '''
        result = self._values.get("verify_digest")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecValidationConfigurations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ImageValidatingPolicyV1Beta1SpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicyV1Beta1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2a16e12bfe06f581d929c047d7121f2a560ee5fc3019f8600787d7b83dc422d)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ImageValidatingPolicyV1Beta1SpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ImageValidatingPolicyV1Beta1SpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ImageValidatingPolicyV1Beta1SpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ImageValidatingPolicyV1Beta1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ImageValidatingPolicyV1Beta1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicyV1Beta1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__836357a6ded1d942273368bc1dedf3a5be05bb6c0fbf77b9b04480291f6878d2)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ImageValidatingPolicyV1Beta1SpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ImageValidatingPolicyV1Beta1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_imagevalidatingpolicies_iokyvernopolicies.ImageValidatingPolicyV1Beta1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ImageValidatingPolicyV1Beta1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicyV1Beta1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__107c6d9a57e3813ebd174f077f1ec17e59f2bcd0bf3d2d7dc3abc966ca7eb8cd)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ImageValidatingPolicyV1Beta1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ImageValidatingPolicyV1Beta1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ImageValidatingPolicy",
    "ImageValidatingPolicyProps",
    "ImageValidatingPolicySpec",
    "ImageValidatingPolicySpecAttestations",
    "ImageValidatingPolicySpecAttestationsIntoto",
    "ImageValidatingPolicySpecAttestationsReferrer",
    "ImageValidatingPolicySpecAttestors",
    "ImageValidatingPolicySpecAttestorsCosign",
    "ImageValidatingPolicySpecAttestorsCosignCertificate",
    "ImageValidatingPolicySpecAttestorsCosignCertificateCert",
    "ImageValidatingPolicySpecAttestorsCosignCertificateCertChain",
    "ImageValidatingPolicySpecAttestorsCosignCtlog",
    "ImageValidatingPolicySpecAttestorsCosignKey",
    "ImageValidatingPolicySpecAttestorsCosignKeyless",
    "ImageValidatingPolicySpecAttestorsCosignKeylessIdentities",
    "ImageValidatingPolicySpecAttestorsCosignSource",
    "ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets",
    "ImageValidatingPolicySpecAttestorsCosignTrustedRoot",
    "ImageValidatingPolicySpecAttestorsCosignTuf",
    "ImageValidatingPolicySpecAttestorsCosignTufRoot",
    "ImageValidatingPolicySpecAttestorsNotary",
    "ImageValidatingPolicySpecAttestorsNotaryCerts",
    "ImageValidatingPolicySpecAttestorsNotaryTsaCerts",
    "ImageValidatingPolicySpecAuditAnnotations",
    "ImageValidatingPolicySpecAutogen",
    "ImageValidatingPolicySpecAutogenPodControllers",
    "ImageValidatingPolicySpecCredentials",
    "ImageValidatingPolicySpecCredentialsProviders",
    "ImageValidatingPolicySpecEvaluation",
    "ImageValidatingPolicySpecEvaluationAdmission",
    "ImageValidatingPolicySpecEvaluationBackground",
    "ImageValidatingPolicySpecFailurePolicy",
    "ImageValidatingPolicySpecImages",
    "ImageValidatingPolicySpecMatchConditions",
    "ImageValidatingPolicySpecMatchConstraints",
    "ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules",
    "ImageValidatingPolicySpecMatchConstraintsNamespaceSelector",
    "ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ImageValidatingPolicySpecMatchConstraintsObjectSelector",
    "ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    "ImageValidatingPolicySpecMatchConstraintsResourceRules",
    "ImageValidatingPolicySpecMatchImageReferences",
    "ImageValidatingPolicySpecValidationActions",
    "ImageValidatingPolicySpecValidationConfigurations",
    "ImageValidatingPolicySpecValidations",
    "ImageValidatingPolicySpecVariables",
    "ImageValidatingPolicySpecWebhookConfiguration",
    "ImageValidatingPolicyV1Alpha1",
    "ImageValidatingPolicyV1Alpha1Props",
    "ImageValidatingPolicyV1Alpha1Spec",
    "ImageValidatingPolicyV1Alpha1SpecAttestations",
    "ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto",
    "ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer",
    "ImageValidatingPolicyV1Alpha1SpecAttestors",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosign",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsNotary",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts",
    "ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts",
    "ImageValidatingPolicyV1Alpha1SpecAuditAnnotations",
    "ImageValidatingPolicyV1Alpha1SpecAutogen",
    "ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    "ImageValidatingPolicyV1Alpha1SpecCredentials",
    "ImageValidatingPolicyV1Alpha1SpecCredentialsProviders",
    "ImageValidatingPolicyV1Alpha1SpecEvaluation",
    "ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    "ImageValidatingPolicyV1Alpha1SpecEvaluationBackground",
    "ImageValidatingPolicyV1Alpha1SpecFailurePolicy",
    "ImageValidatingPolicyV1Alpha1SpecImages",
    "ImageValidatingPolicyV1Alpha1SpecMatchConditions",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraints",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
    "ImageValidatingPolicyV1Alpha1SpecMatchImageReferences",
    "ImageValidatingPolicyV1Alpha1SpecValidationActions",
    "ImageValidatingPolicyV1Alpha1SpecValidationConfigurations",
    "ImageValidatingPolicyV1Alpha1SpecValidations",
    "ImageValidatingPolicyV1Alpha1SpecVariables",
    "ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    "ImageValidatingPolicyV1Beta1",
    "ImageValidatingPolicyV1Beta1Props",
    "ImageValidatingPolicyV1Beta1Spec",
    "ImageValidatingPolicyV1Beta1SpecAttestations",
    "ImageValidatingPolicyV1Beta1SpecAttestationsIntoto",
    "ImageValidatingPolicyV1Beta1SpecAttestationsReferrer",
    "ImageValidatingPolicyV1Beta1SpecAttestors",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosign",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf",
    "ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot",
    "ImageValidatingPolicyV1Beta1SpecAttestorsNotary",
    "ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts",
    "ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts",
    "ImageValidatingPolicyV1Beta1SpecAuditAnnotations",
    "ImageValidatingPolicyV1Beta1SpecAutogen",
    "ImageValidatingPolicyV1Beta1SpecAutogenPodControllers",
    "ImageValidatingPolicyV1Beta1SpecCredentials",
    "ImageValidatingPolicyV1Beta1SpecCredentialsProviders",
    "ImageValidatingPolicyV1Beta1SpecEvaluation",
    "ImageValidatingPolicyV1Beta1SpecEvaluationAdmission",
    "ImageValidatingPolicyV1Beta1SpecEvaluationBackground",
    "ImageValidatingPolicyV1Beta1SpecFailurePolicy",
    "ImageValidatingPolicyV1Beta1SpecImages",
    "ImageValidatingPolicyV1Beta1SpecMatchConditions",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraints",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
    "ImageValidatingPolicyV1Beta1SpecMatchImageReferences",
    "ImageValidatingPolicyV1Beta1SpecValidationActions",
    "ImageValidatingPolicyV1Beta1SpecValidationConfigurations",
    "ImageValidatingPolicyV1Beta1SpecValidations",
    "ImageValidatingPolicyV1Beta1SpecVariables",
    "ImageValidatingPolicyV1Beta1SpecWebhookConfiguration",
]

publication.publish()

def _typecheckingstub__2a8e5001c67a21b18e27ecffbc96a6a307c30e094ad7cf25ab12b131c7a235d4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ImageValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28a38e6483c079d7cb0c67f4b6e21472401dbfff69d2c05c5a1ac195ee13102e(
    *,
    spec: typing.Union[ImageValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14f45cb086db33b9a90a2ebf3886fdad087f0463e488e7d6bb49e96e0ec7e369(
    *,
    attestors: typing.Sequence[typing.Union[ImageValidatingPolicySpecAttestors, typing.Dict[builtins.str, typing.Any]]],
    validations: typing.Sequence[typing.Union[ImageValidatingPolicySpecValidations, typing.Dict[builtins.str, typing.Any]]],
    attestations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecAttestations, typing.Dict[builtins.str, typing.Any]]]] = None,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ImageValidatingPolicySpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials: typing.Optional[typing.Union[ImageValidatingPolicySpecCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ImageValidatingPolicySpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ImageValidatingPolicySpecFailurePolicy] = None,
    images: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecImages, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ImageValidatingPolicySpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    match_image_references: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchImageReferences, typing.Dict[builtins.str, typing.Any]]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ImageValidatingPolicySpecValidationActions]] = None,
    validation_configurations: typing.Optional[typing.Union[ImageValidatingPolicySpecValidationConfigurations, typing.Dict[builtins.str, typing.Any]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ImageValidatingPolicySpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a34c9d11ee10c1827539d0f3cf0439514f25a58fc787ee19c2cc4dac315ceccc(
    *,
    name: builtins.str,
    intoto: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestationsIntoto, typing.Dict[builtins.str, typing.Any]]] = None,
    referrer: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestationsReferrer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd1825029186eb1bb2f1ba30027b34e9e96899a11c2c0aca9f5776694a282edc(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c85eea7ab2a713c1f23cc8889194d90a63214bd36c8aa8acb14c286fd2478cb(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a880faa8f401e0d5729303131f2f3ca9190d016d5faefd45e9d5715e623037f4(
    *,
    name: builtins.str,
    cosign: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosign, typing.Dict[builtins.str, typing.Any]]] = None,
    notary: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsNotary, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83e5a114b5e298644a7d4e8ce9d0692730d8ae6fce5a9f5cae12c8eb5bd3e7ad(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    certificate: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    ctlog: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignCtlog, typing.Dict[builtins.str, typing.Any]]] = None,
    key: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignKey, typing.Dict[builtins.str, typing.Any]]] = None,
    keyless: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignKeyless, typing.Dict[builtins.str, typing.Any]]] = None,
    source: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignSource, typing.Dict[builtins.str, typing.Any]]] = None,
    trusted_root: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignTrustedRoot, typing.Dict[builtins.str, typing.Any]]] = None,
    tuf: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignTuf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd1616ecf1ee544b49b8586ab1565f3fce5736de122a5d268842c5260c92e404(
    *,
    cert: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignCertificateCert, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_chain: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignCertificateCertChain, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db88bfac183241d6836ed2f694c973d3315fa26ff17d5a492dfca83e9692052d(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e8bc9f22e99fd553f01491c37c8eadadb924ef7eb50abc945b19099cb267ea6(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8230ce51cf19e2b23212cade87f0313bf1a875718f3c390b221850b4d4ddff4(
    *,
    ct_log_pub_key: typing.Optional[builtins.str] = None,
    insecure_ignore_sct: typing.Optional[builtins.bool] = None,
    insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
    rekor_pub_key: typing.Optional[builtins.str] = None,
    tsa_cert_chain: typing.Optional[builtins.str] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e629171b79e35c61f1bc642fe9985fb69233627bde5762ca3c08f9dd289c980(
    *,
    data: typing.Optional[builtins.str] = None,
    expression: typing.Optional[builtins.str] = None,
    hash_algorithm: typing.Optional[builtins.str] = None,
    kms: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bbb437847f28542e3c0df876f09bab5fed12a77800a9067d57453575d0c6083(
    *,
    identities: typing.Sequence[typing.Union[ImageValidatingPolicySpecAttestorsCosignKeylessIdentities, typing.Dict[builtins.str, typing.Any]]],
    additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    roots: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1858a5d367b2ab79c1783ad290a1378d4b31cc5f6bb7557dfc41ac4ad101df09(
    *,
    issuer: typing.Optional[builtins.str] = None,
    issuer_reg_exp: typing.Optional[builtins.str] = None,
    subject: typing.Optional[builtins.str] = None,
    subject_expression: typing.Optional[builtins.str] = None,
    subject_reg_exp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7236c214b481b549e4df2054fa0a1b04c2b2a3ef52877ab2b24fb12fd0115f9(
    *,
    pull_secrets: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecAttestorsCosignSourcePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    repository: typing.Optional[builtins.str] = None,
    tag_prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8cdf32a32ff64c8b034723029c55de43ac147f1acbe59d7501f960348032c4f(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ced44c494ecacabfb88996e9536c1b047855b69ba7cd029b910e26aef0ee3cc8(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__adb696a7c45cee0162d5d55c35dfd30a29aeca2b15da0afca16eee8d68ff38bc(
    *,
    mirror: typing.Optional[builtins.str] = None,
    root: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsCosignTufRoot, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a803e2855da0d3c0aa10cab2d69acf84880160066557c464e082217fc60aeeb(
    *,
    data: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdbe2502e449e416c0b2847e41cc2e1a26eddcf38f74ebb88492ce0513725f53(
    *,
    certs: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsNotaryCerts, typing.Dict[builtins.str, typing.Any]]] = None,
    tsa_certs: typing.Optional[typing.Union[ImageValidatingPolicySpecAttestorsNotaryTsaCerts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cd35483c6334b459f3c94497dc26e57f7057e661f1096ed227edcc64ef7921f(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8efb18531b9b6af27c907687a0789aa19ead2d6a49b99788b3d37a56a3d80d8(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9ac5de921cdf5759bee2e6fe209b5cd3e81cbb57e5b70d9405912e3169853df(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfc1e41e222e9bf4f007102473d49c3586fc2385bd10ba1f39dc1f232f18e559(
    *,
    pod_controllers: typing.Optional[typing.Union[ImageValidatingPolicySpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09768c6f9d64697ca3a9d579983366b018b2da812cc65df7d4e938d5d2bd7e64(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c2e7677d86c45e1f51ce745c583b3d860467bdd67dc66e7442a470183b904d0(
    *,
    allow_insecure_registry: typing.Optional[builtins.bool] = None,
    providers: typing.Optional[typing.Sequence[ImageValidatingPolicySpecCredentialsProviders]] = None,
    secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9845a1f6551463a7a25e8b8c7ebf5376c65b5b2bf3e19e8d2770e2a447217a6e(
    *,
    admission: typing.Optional[typing.Union[ImageValidatingPolicySpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ImageValidatingPolicySpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f49cb42e88e9d208e5d51a9649d9c0d36ddbe5281ac643a69a098bc9ab24901(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9126c6709a4d61086d357153c883633fe152944dc3accca1a01488c2f4958af4(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fbe2b4f5b0af9415d14a5facedb18a7e931cb3091d86afbf03e3cdfbe2e53b9(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14adeafb32046283b021395af248b086c1c51f8dea014af81b0db83a983152b1(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__087ffe5739fff18bd311780b6451fb4e0509ba622c101ab6f337df1dcabe1dd8(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ImageValidatingPolicySpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ImageValidatingPolicySpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bab44002d9fb558be09432e44782095ba97cff85b5f9b9d5754a6455eb2c5f79(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c99171e1732a81780d940584c11eff34472598a343cac67c2f900d2edb102a08(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__320b1d0df2a0983d5038b6e043175b2b03d6fb5144668f1094c7006e26ecb6e7(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6158c6f83fc629216febd615b4700bfbd55606221480e328bd34db872acc8aa3(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ed0c464d5110fd27a566f9a95344cb330e8fb84848b94a563daecd5398addce(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bb38f58210b7907c9f814ce6caa4490444d21744d65809d05e08a6a2a1d080f(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4efc47dbd9e5c8d01481288991e186e6ee817631b25730b38777838bc9a99e8e(
    *,
    expression: typing.Optional[builtins.str] = None,
    glob: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25817cc579335d41b437daebc74f8312bac8e79d8bd81fd7f936b97f48b69cc8(
    *,
    mutate_digest: typing.Optional[builtins.bool] = None,
    required: typing.Optional[builtins.bool] = None,
    verify_digest: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f079bffef755e0be71cf0973f47a261c1208360e8744c9bd815a5d4534ce026f(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3c03692dbf374df583cd836eb7c0a91309855e08743bb18b22ca54f5533c33c(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cfbf0da9abb620ec92126ebcdf5c1fe7c7aa79ed8a7ccd90795d465c38a10f3(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73be673837245cb828ba40ce14d4c7744a3437233439cebdf146f3e7d8a69ae6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ImageValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e9c7494f7b8bb1343f7eb03a7118b2fd664ff6cb9959f3c7d4824803c2842b8(
    *,
    spec: typing.Union[ImageValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__364b188b5f91eb96a23801aa23e6988e234eea1d9ad025aed07c27c26193ca05(
    *,
    attestors: typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestors, typing.Dict[builtins.str, typing.Any]]],
    validations: typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecValidations, typing.Dict[builtins.str, typing.Any]]],
    attestations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestations, typing.Dict[builtins.str, typing.Any]]]] = None,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ImageValidatingPolicyV1Alpha1SpecFailurePolicy] = None,
    images: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecImages, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    match_image_references: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchImageReferences, typing.Dict[builtins.str, typing.Any]]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ImageValidatingPolicyV1Alpha1SpecValidationActions]] = None,
    validation_configurations: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecValidationConfigurations, typing.Dict[builtins.str, typing.Any]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5e4124dd9ffaed2eeccfc9af53c8c028789f2cfba51f3370ec88abc350de9d8(
    *,
    name: builtins.str,
    intoto: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestationsIntoto, typing.Dict[builtins.str, typing.Any]]] = None,
    referrer: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestationsReferrer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4de2672b40440d487f850aa20cf08ce841adc40202ec0ccb4498ac6792f2d00(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a7735781fb304d63ba2a5294a0b42e2bce544239c9c6a814729c27bc264a51d(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__821742e797c534f736f3d8d8d89076c88dd4b2be5ded90a61f886f47c99a35d6(
    *,
    name: builtins.str,
    cosign: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosign, typing.Dict[builtins.str, typing.Any]]] = None,
    notary: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsNotary, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__194d51d94bb60eefdcf0bb1cf835a1454b3207e2a97b30be49f915bc2e7e05f2(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    certificate: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    ctlog: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCtlog, typing.Dict[builtins.str, typing.Any]]] = None,
    key: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKey, typing.Dict[builtins.str, typing.Any]]] = None,
    keyless: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeyless, typing.Dict[builtins.str, typing.Any]]] = None,
    source: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSource, typing.Dict[builtins.str, typing.Any]]] = None,
    trusted_root: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTrustedRoot, typing.Dict[builtins.str, typing.Any]]] = None,
    tuf: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTuf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a703f5c060ade31f7afd3f7b716962d39943625ed31232f7ea64f4d3470e9e5(
    *,
    cert: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCert, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_chain: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignCertificateCertChain, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ef6cc04b0c48633d07e09095b1565705a01cdec1870b7a181bf842374c6c43e(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72fe6dd8b2a9a46948b467713f96f33642235cb13f9222776aace65d5a45ea0a(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3563465eaeb0f0478a8978eb44a1183c765a1c2e10c28b391d062ab8f4b0aff5(
    *,
    ct_log_pub_key: typing.Optional[builtins.str] = None,
    insecure_ignore_sct: typing.Optional[builtins.bool] = None,
    insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
    rekor_pub_key: typing.Optional[builtins.str] = None,
    tsa_cert_chain: typing.Optional[builtins.str] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cde39ef0252a96904303fe0288ce2a348851f7b17a0d1fdd253324a7f0250fbc(
    *,
    data: typing.Optional[builtins.str] = None,
    expression: typing.Optional[builtins.str] = None,
    hash_algorithm: typing.Optional[builtins.str] = None,
    kms: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__702f97acf23a0c1992e0097b3b97244fe643428beece7c4cdab4a3448915fcc1(
    *,
    identities: typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignKeylessIdentities, typing.Dict[builtins.str, typing.Any]]],
    additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    roots: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9341a5caab7990946e10b975b29df09ba5e7341d2f9339092a84eca15af219eb(
    *,
    issuer: typing.Optional[builtins.str] = None,
    issuer_reg_exp: typing.Optional[builtins.str] = None,
    subject: typing.Optional[builtins.str] = None,
    subject_expression: typing.Optional[builtins.str] = None,
    subject_reg_exp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9de42b0114a90929fdbc3d91ba6f9d0e2a3f62cfeb3e901b73909ad77997df0(
    *,
    pull_secrets: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignSourcePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    repository: typing.Optional[builtins.str] = None,
    tag_prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9bc289045435cc916373ce8de1e70f92f244b70166eb33cc8bcc69d54d14dec(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__418e427fac3a2908c0338fd51fbbe91f50ed0d8f63dc9491c79d51c4792adc37(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__209f6083f3a6747bfa37503a6fd825fe0f0d77ab38b0dbc8055e3d106f21cd43(
    *,
    mirror: typing.Optional[builtins.str] = None,
    root: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsCosignTufRoot, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bab8ac4723227459d2fb887df57f2ec5e0c5b94b9f4daed01550ab4ea3f3b9a9(
    *,
    data: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecdb0f54b9eb678a20ac1d5342529ff9bd3ac95182c11626df5d2ffe595b774b(
    *,
    certs: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryCerts, typing.Dict[builtins.str, typing.Any]]] = None,
    tsa_certs: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAttestorsNotaryTsaCerts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c789dd1022848e5ce7add974dc9dd1c13142627f132013610ee7bfa463417a00(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6354646fe0df0e7734a541eb1bfe69cf575ac33844ee3fde34b9fc2b2022595(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5266e45ed0e67819c8dc93e64a579b79733b5131b248a429f790a30ca31a23fa(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__023a09f7f20b88c81d0cdb407e07bbe171adc426ef321abef2d25d5cc6e0fedf(
    *,
    pod_controllers: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0960a3afd527963ee0bfe93c025f997560e57c2b1866ba804e5760428ff7c1a3(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__574d0dca37f166d790c1f2151e5a55ec3e21540d3571ee27ea14ea52b42c340f(
    *,
    allow_insecure_registry: typing.Optional[builtins.bool] = None,
    providers: typing.Optional[typing.Sequence[ImageValidatingPolicyV1Alpha1SpecCredentialsProviders]] = None,
    secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3d5865c2305eae70836150b5a36eb93e624ad92219b185685a60fc45e53b5f9(
    *,
    admission: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8981680d31ffb1e765129bbc4e59e98bb1c9f858546f8e5de81c1ebeefb4dd27(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27421f34863ede73447e6ac5479267198f65eb69da5a07968514951179c584ca(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb4183cf13a48e3fe7b9ae1bba1ae1f665a78d5f7a5f136d6a8a51d098419a7f(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49b5ef1cc17553c8df73d2b43d2b23edb03105e676836424d64442063af614d0(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__997bbd03e7c85905c5236b791d0d7f503e534e0cddfb2c0b872c7d64127ec516(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1af9ace54c067a858cf5342330b9303d38a3276daaac933112b82e06691965fe(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7121a622a170d58f995a5deb47efbadbd60d3ff98f3a2371fa16296b296e9dd(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a96142736a6ff2c1ecb230a5e065546cb903ccafcceafa2dc94eb774344b0fb6(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2e0ab6b55ea77bc3a3fabb7b566909db01608470207f5272671689ba5ce39d1(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ed9df7f66cd7b8863d84ba2d05eca9ce102e7d942b0a5f108bec18cf1df1d4b(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4320de9a4b0ce6fb74e5a5b938ddbd6b836511298354a9d2a8e0d9cfe1c3740d(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90cba5bbf0561e10458b61cd2860afc1de14a3ac79bb571e2553ec13e7b8401f(
    *,
    expression: typing.Optional[builtins.str] = None,
    glob: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6033abf48280d5e87f45375c2846cb8d6612ef09451a02f083b5c38918ac8fc9(
    *,
    mutate_digest: typing.Optional[builtins.bool] = None,
    required: typing.Optional[builtins.bool] = None,
    verify_digest: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93c527645782a74299e298b3df67fc34582855ee3e26b7e20a073dde6b4a354d(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb709a6f8372ad94f7b549210bf1775569cc87ea15d38143defb924de9c414e8(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05ed24a69d0bbcd8618de3bd37cf600ae9be477a7fd7c18ddcdce7a06dbf9cab(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24954d009e82b90261050012ee14b439a9bea38f86e65596c45732d90447bab1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ImageValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fca459991151faef869723f35eb227fd73f2f88772dcd32a4f53bd6b186d656(
    *,
    spec: typing.Union[ImageValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f5e51bcad64ab23fe99ffabd8676a49eba953604448c01cdac651fdd473a1fb(
    *,
    attestors: typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestors, typing.Dict[builtins.str, typing.Any]]],
    validations: typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecValidations, typing.Dict[builtins.str, typing.Any]]],
    attestations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestations, typing.Dict[builtins.str, typing.Any]]]] = None,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ImageValidatingPolicyV1Beta1SpecFailurePolicy] = None,
    images: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecImages, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    match_image_references: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchImageReferences, typing.Dict[builtins.str, typing.Any]]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ImageValidatingPolicyV1Beta1SpecValidationActions]] = None,
    validation_configurations: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecValidationConfigurations, typing.Dict[builtins.str, typing.Any]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04c84f52557bd83355690b1d7fdd62b41cc4f5013adaaebc78ed10bce24f2892(
    *,
    name: builtins.str,
    intoto: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestationsIntoto, typing.Dict[builtins.str, typing.Any]]] = None,
    referrer: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestationsReferrer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__111c1ea2b2d1e87f6e821b386de115e647371f8a45c46fca4cb18942a8d7030a(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__111301ca6c1b0d068f4b01977f50b1879afc1ffd59be649ee61b2d932157d11b(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__425a37f15ebcd9045be29b4578b10dedb243dc6455f8d8382666cd76e72d462a(
    *,
    name: builtins.str,
    cosign: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosign, typing.Dict[builtins.str, typing.Any]]] = None,
    notary: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsNotary, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f77b82a79757e6aa4057b2b70a06d37bb10adea13a748849bfe2a1811e3bac51(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    certificate: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    ctlog: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignCtlog, typing.Dict[builtins.str, typing.Any]]] = None,
    key: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignKey, typing.Dict[builtins.str, typing.Any]]] = None,
    keyless: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeyless, typing.Dict[builtins.str, typing.Any]]] = None,
    source: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignSource, typing.Dict[builtins.str, typing.Any]]] = None,
    trusted_root: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignTrustedRoot, typing.Dict[builtins.str, typing.Any]]] = None,
    tuf: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignTuf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7885b7f5a5b17d00269f81d7cd2a51783ce8c22fa7f0e8e4299265cfb8918e9(
    *,
    cert: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCert, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_chain: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignCertificateCertChain, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ec2394a5ce245a9cd99d3ad72e73b377a81f0340903510857556ae913293f8a(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__213fbf4a1ff0bbf0d087ed8431e48a8cf932d3b3ef3ed3f4d4abab10cd2985e0(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3496c3fa2945be98f00bf5d4c575db9941fdc06ec9cfab74a6259bbd5d852d87(
    *,
    ct_log_pub_key: typing.Optional[builtins.str] = None,
    insecure_ignore_sct: typing.Optional[builtins.bool] = None,
    insecure_ignore_tlog: typing.Optional[builtins.bool] = None,
    rekor_pub_key: typing.Optional[builtins.str] = None,
    tsa_cert_chain: typing.Optional[builtins.str] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ebda34b2db90cf42d74b6ffb1967e38d7a85bde89c93496a2e39deaa0c67b5b(
    *,
    data: typing.Optional[builtins.str] = None,
    expression: typing.Optional[builtins.str] = None,
    hash_algorithm: typing.Optional[builtins.str] = None,
    kms: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f8c7a773e2e605e3c2c250d9bf80d73c3cf59d04c46a1bf556e3749f48d51cf(
    *,
    identities: typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignKeylessIdentities, typing.Dict[builtins.str, typing.Any]]],
    additional_extensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    roots: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90e8c2b3e4c1e54353cc5069dd2388c7de9c15be02ab4e6ac7189f271f704cbb(
    *,
    issuer: typing.Optional[builtins.str] = None,
    issuer_reg_exp: typing.Optional[builtins.str] = None,
    subject: typing.Optional[builtins.str] = None,
    subject_expression: typing.Optional[builtins.str] = None,
    subject_reg_exp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7418278bda9dae746dbf6ca52b249d2a527383229a11e003b102ea73448e9fb(
    *,
    pull_secrets: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignSourcePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    repository: typing.Optional[builtins.str] = None,
    tag_prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__706f570a7a1d5f6eaedba773dd213b371aca6689b8e73c837fed68a1b64657de(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0c1fb698ae0df4d6cfd77e940c229a0ba78b7f7a4e9470886676521fd5acb0b(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__633b6cb5aee63d01ef84cd38f8010e9a58696ee9e6016e53921f38071d316742(
    *,
    mirror: typing.Optional[builtins.str] = None,
    root: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsCosignTufRoot, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80722ab68fd23b4df4a15eb30c1fc7fd9334d41650ac197fbc1b98fe9301e3d9(
    *,
    data: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fa3daadc8d817d32cf5ca8e0f6156c9347748e4e1d31c2753e31e64c5f5f9f9(
    *,
    certs: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsNotaryCerts, typing.Dict[builtins.str, typing.Any]]] = None,
    tsa_certs: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAttestorsNotaryTsaCerts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f4bcb0b329a8dbae4c73c09de68faaa04264ec78316f2f50e5ccc556f9f1dc7(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8cbca2f64e62c69f5b1c024181ae9e054808df18d7f23fbb6101cac0b40a575(
    *,
    expression: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7538798ebbae15ee37aa78da547bc123b9638ebcf7c90e0bb8a8655026a18a39(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e54dd932a82fbade6eb29bd025599d255768804cded4178e028d9a318caa5c5d(
    *,
    pod_controllers: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf72dcd1522669d95a395b30d9a398714891f17a78e880da71788a688bf95f6c(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__403239dbd055cd7b5da1520d51d526f304b3334b73a96736f371a2ecd4c4d5c3(
    *,
    allow_insecure_registry: typing.Optional[builtins.bool] = None,
    providers: typing.Optional[typing.Sequence[ImageValidatingPolicyV1Beta1SpecCredentialsProviders]] = None,
    secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39f2c83008f2e97a6427809d5c1b135081b9baa34d3f171cd0f20a8e3ad09e19(
    *,
    admission: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ca0ba889df926cfcfab03997ba8f2d08ab39257ed9c953a1454c243c417b9f2(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53a68eb1acde7c07bbd99f08a70dc92159358fd7ef0646d00025cc70569ff51c(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66df15f0348d8336ca76332ee910dcd7152a213c736ae3776891eba6d96c7d98(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f61bdad0b50ef63241d56857cd284c9d6903807148ddf5e10a3199522881992d(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__488e43cfac98d88d4382f9ea3975fa7ffc253442a27b75775924f672985ebb3d(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d77bb56e93e435c1fd0791723bfbe80a1d4c0086b6dcd2bca10f2d1a4727d2b(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56b188d77fc29570c2a0aefcd06978def05702d5b912bfe8256793d0f022e759(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b6d895b42d84ea2e85ccee4fc3824e650a0cf16d1f9b42d699c7e49fc2b8bc1(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9cdcff856daa3d2bdc6fe0acba05cf9ae9f6fcf4735270382f5fdcb58e57fb4(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ImageValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccc1ea43f4593a9e5d8cb46180bbf62077f4eaa91cd8925d05036086d403126b(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84e4afaa6763cb3f9d59fbff609aea5c3b18d9f42ae1c40a165173779a57d8f1(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7c67b38469925cbf43f86462d0cdc4b8dcaef376550c96f2d22af2b8836e7a0(
    *,
    expression: typing.Optional[builtins.str] = None,
    glob: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2af38142b092d8057ea9d2526166fe73760842528c0ab55b0f0b7dd9d2be759(
    *,
    mutate_digest: typing.Optional[builtins.bool] = None,
    required: typing.Optional[builtins.bool] = None,
    verify_digest: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2a16e12bfe06f581d929c047d7121f2a560ee5fc3019f8600787d7b83dc422d(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__836357a6ded1d942273368bc1dedf3a5be05bb6c0fbf77b9b04480291f6878d2(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__107c6d9a57e3813ebd174f077f1ec17e59f2bcd0bf3d2d7dc3abc966ca7eb8cd(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
