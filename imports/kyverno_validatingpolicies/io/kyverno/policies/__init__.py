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


class ValidatingPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicy",
):
    '''
    :schema: ValidatingPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b546ace90899a1994a5ca22197a192995b0bd9af1d9ff0e6541f359f4baad448)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicy
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__172b137681690d0fac193cd013705334f87eb91b673e10a0c3f0ab54416a8143)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicySpec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicySpec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicySpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicySpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicySpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicySpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicySpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicySpec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicySpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicySpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicySpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicySpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9ab3ef8eaf04c08e28d17cb8d805ee45cd3944878f830d5420bc55b0f64e336)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicySpec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicySpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicySpec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicySpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicySpec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluation"], result)

    @builtins.property
    def failure_policy(self) -> typing.Optional["ValidatingPolicySpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicySpec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicySpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicySpec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicySpec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecValidationActions"]]:
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

        :schema: ValidatingPolicySpec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicySpec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicySpec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicySpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicySpec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicySpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicySpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicySpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e4573b6da078e808cd22fe1338c3c3aedce690a33544f67fd90ecef39a90be8)
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

        :schema: ValidatingPolicySpecAuditAnnotations#key
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

        :schema: ValidatingPolicySpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicySpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicySpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicySpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicySpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicySpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicySpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__642998d8c04cdca0a3e83e104f4bf80dccb54223213d9d0e681ff1b5a8880213)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicySpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicySpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicySpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicySpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicySpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicySpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df6dbfa025bd6e18fed3e40186f5f4b1df407caa085e55a5e9b243ee2beb4f8d)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicySpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicySpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e7c9c21a96896f4e93aca15c56ead3a4ae6193cbe2d459059cca1512b07df5b)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicySpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicySpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicySpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicySpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicySpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicySpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicySpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afbb87ba228b6de829c570b769d60edddbc58e300ff942daa9756ebaed31ae23)
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
    def admission(self) -> typing.Optional["ValidatingPolicySpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicySpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluationAdmission"], result)

    @builtins.property
    def background(self) -> typing.Optional["ValidatingPolicySpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicySpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicySpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicySpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb5016cdf44d66848e45ae8d3052c52a5b48cc74083912b872b37596d129c50f)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicySpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicySpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee8b72d4bbf65e2a98d4be383b1c63588aeb34e362f939896292a6984d440aed)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicySpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecFailurePolicy"
)
class ValidatingPolicySpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicySpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicySpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicySpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e72a07a420aa1ee43c76caffbfadf6d50557181695b0b5a42849fd4fb76681f1)
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

        :schema: ValidatingPolicySpecMatchConditions#expression
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

        :schema: ValidatingPolicySpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicySpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicySpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicySpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicySpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e126812b0644e163fd5d7dc6c99b3f8a8551826037e39c97782271445fa21495)
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
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicySpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsExcludeResourceRules"]], result)

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

        :schema: ValidatingPolicySpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraintsNamespaceSelector"]:
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

        :schema: ValidatingPolicySpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraintsObjectSelector"]:
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

        :schema: ValidatingPolicySpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicySpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsExcludeResourceRules",
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
class ValidatingPolicySpecMatchConstraintsExcludeResourceRules:
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

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__423ab5e516c5161eeca98c80a2937ac42fe20ac63f16aaf6df8c7e7d9f9d8a90)
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

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#resourceNames
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

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#resources
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

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicySpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__46453b0c83fd4e6f01358f20529580281876ed30edcafba7b13e2a4ce2453d55)
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
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions:
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

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37b8e7b2c885c5a473cd4b127f11a46fbaab3701984b8175b8dd9b1acab63a2c)
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

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicySpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32eb53aa976976a1a897a521495051948aa48b2de059a32796ea40892a2977e2)
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
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions:
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

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66632f6fae15b68fb276892b22538cd0da9b033353af5cdfdf119288e6f752b3)
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

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecMatchConstraintsResourceRules",
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
class ValidatingPolicySpecMatchConstraintsResourceRules:
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

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__638ba717eb56069539f5052a4317bee0a69283fc4599a0cc44640e3c9c08b9df)
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

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#resourceNames
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

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#resources
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

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecValidationActions"
)
class ValidatingPolicySpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicySpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicySpecValidations:
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

        :schema: ValidatingPolicySpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__baccbdf0a3a534d3d649dee00cbc3b95f9e4a49edfbfcb5d77ac7399acf5935f)
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

        :schema: ValidatingPolicySpecValidations#expression
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

        :schema: ValidatingPolicySpecValidations#message
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

        :schema: ValidatingPolicySpecValidations#messageExpression
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

        :schema: ValidatingPolicySpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicySpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicySpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__985c6aaa602fd87afd599a72cc5503f99b6083eb4d61d22697f31fc61e1946fd)
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

        :schema: ValidatingPolicySpecVariables#expression
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

        :schema: ValidatingPolicySpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicySpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicySpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicySpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9fcc986845d404f04e36324ce6e09c7c3c414fa51f37f6c5283a1b02ab76ba2d)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicySpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ValidatingPolicyV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1",
):
    '''
    :schema: ValidatingPolicyV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicyV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91b5ed5e3e9abefaa9a691ec8e327c2e3ceb04933541508534ce296f85b90a3e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicyV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicyV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicyV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicyV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4262952cf1646e615cdf28ce0c07ea684750e254432484c1f3f09c31b9d1ff3f)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicyV1Alpha1Spec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicyV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicyV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicyV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicyV1Alpha1Spec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicyV1Alpha1SpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Alpha1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicyV1Alpha1SpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicyV1Alpha1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicyV1Alpha1SpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicyV1Alpha1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__062818879d6b0c65c12a351e7dbca4e44e7ef568b0c9636ebb61ef61ce135f53)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicyV1Alpha1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicyV1Alpha1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicyV1Alpha1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicyV1Alpha1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicyV1Alpha1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicyV1Alpha1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidationActions"]]:
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

        :schema: ValidatingPolicyV1Alpha1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicyV1Alpha1Spec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicyV1Alpha1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Alpha1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicyV1Alpha1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f06b7c327a4fc95d5fa4fcbd9862c89ccac58989ffe3c98da07f146241eaa39e)
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

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations#key
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

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicyV1Alpha1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicyV1Alpha1SpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6550747ea5249d13d18d86797fb94c2c6498e80457af285739a98431abbd9f04)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicyV1Alpha1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicyV1Alpha1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c782201b91c3ac4406c0688b73ccaba5ba7656b969c73914d8339142fac5b446)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicyV1Alpha1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdf8607bb6dafb807e2c31cb145f74fc0f0ffaf3419f74de71224e863bb7f73c)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicyV1Alpha1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicyV1Alpha1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicyV1Alpha1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3c150460b622d6e097a356834b07326457973ed31d41f6abd518860d3060100)
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
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ed87254c7f510315cb180f3406f25722e3a7c87f2b59af6cdd0ba6f27f79bf5)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8dce370cd99783de63b165cd5d07e890333308f66bf0467e50aed50d58ceceb9)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecFailurePolicy"
)
class ValidatingPolicyV1Alpha1SpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicyV1Alpha1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Alpha1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__121c4f9cfee13696b13d12486ab279a7503dfa82dbfe2b893290c95164088424)
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions#expression
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b818b20bae0fa17f3626ee96d3431fac44cb19d31cf6b091e5e8759a0d3894c)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]], result)

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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"]:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"]:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
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
class ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f318b70d5fc36e23e16e4fbde7832988bed31518841ba7628900f02e820f3b3b)
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resourceNames
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resources
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4a7181ff693670399f2fa256d56192e83375b7298cd9e6d45c990bd203ceaf0)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd18cb35722b930f62337ca30f7cc2daa695c9a9838021fab17f545d3641ed5f)
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__760013a54e85e4cf619d2994cca15dffbaa12f435b7ba07ffabe5a669d216e5f)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de74a2e48d155a1ab09f419bac37076be202ad2880def1dd49e6cf18bf29ae66)
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
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
class ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules:
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae9c8d17a076481293200a800ab72962ade8885118dc4b083802f58228cbf313)
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resourceNames
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resources
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

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecValidationActions"
)
class ValidatingPolicyV1Alpha1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicyV1Alpha1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicyV1Alpha1SpecValidations:
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

        :schema: ValidatingPolicyV1Alpha1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e99744c5475417d6244d91209ca1103b64c0ab9c828a68c5088983d302d5651e)
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

        :schema: ValidatingPolicyV1Alpha1SpecValidations#expression
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

        :schema: ValidatingPolicyV1Alpha1SpecValidations#message
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

        :schema: ValidatingPolicyV1Alpha1SpecValidations#messageExpression
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

        :schema: ValidatingPolicyV1Alpha1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Alpha1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Alpha1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79d2666847459a9d98e01e462223ea48f3f71a356ec81214de3cbce728699603)
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

        :schema: ValidatingPolicyV1Alpha1SpecVariables#expression
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

        :schema: ValidatingPolicyV1Alpha1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicyV1Alpha1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Alpha1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e761d5e565d124d672c8e5fd4b8d57f55934885cf263573b2cd5dcceb1bb54d4)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Alpha1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ValidatingPolicyV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1",
):
    '''
    :schema: ValidatingPolicyV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicyV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__483b674e42e5c1ed321c63dadf61f5f9a9d12544a61e78de3597dc80af1d16cd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicyV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicyV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicyV1Beta1
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicyV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1c4a3d130855947485b6fef819c726768eca855086dab9988645e015ef849ff)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicyV1Beta1Spec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicyV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicyV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicyV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicyV1Beta1Spec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicyV1Beta1SpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Beta1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicyV1Beta1SpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicyV1Beta1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicyV1Beta1SpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicyV1Beta1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b5700c98e60874f4814b9b407b2aafd20c99852e59c8e072013c8b7e00c735c)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicyV1Beta1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicyV1Beta1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicyV1Beta1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicyV1Beta1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicyV1Beta1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicyV1Beta1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidationActions"]]:
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

        :schema: ValidatingPolicyV1Beta1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicyV1Beta1Spec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicyV1Beta1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Beta1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicyV1Beta1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38d881c1e7d73f6bbd790f2203ede39006af6698126190f79e99aa0af197a106)
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

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations#key
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

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicyV1Beta1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Beta1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicyV1Beta1SpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af0d9d67143bffe4f3cd4ea27aa7775862a6ddb364c2913c8f1a71b9a4a83ac0)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicyV1Beta1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Beta1SpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicyV1Beta1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicyV1Beta1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f83905de14e28613fef3dbdec35d8657f55e9cea8c9ec6b1686acf7bf6fd997)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicyV1Beta1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9da23de3074180b7cb0a70b20e62a06a5cdee028da86af0b32aa1d0dcb1a17c)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicyV1Beta1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Beta1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicyV1Beta1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicyV1Beta1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1084d69a3428865c2d5c686b56ffdde7be340af00b0f2b5d95c4c39425be8e66)
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
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicyV1Beta1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5588453221857e2c5aed484f38e4a2f81963df338f18163309a30665162db4b1)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicyV1Beta1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Beta1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4ab6db6da46d952196719cbe163f9750e7fa66175f2841ab5a90e0a6704c3f8)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Beta1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecFailurePolicy"
)
class ValidatingPolicyV1Beta1SpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicyV1Beta1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Beta1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__351d7b8bc8bec7b9541591d478a16d758f1a23da2a8c0051ce77a7df78bc754c)
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions#expression
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7629ffc899b13dab9443d4341c35b0ecd805c8ab334b1c663fedc91dcab597d)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]], result)

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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"]:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"]:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
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
class ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c99aa88463094fff9805ae4bf5c70866dea5ad5e898daa9b36eb45238b5082bd)
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resourceNames
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resources
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__838538417ece1d70f301d494f19e9b5b9f43ead33a9cb54b4f7bb15749a5cb5c)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d585962f7f1f7a0841624021d91e4124a7ffcb0c7340149fd09fbb30592c509)
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48f053c0eaae42022f167f3b3dc4d11a9ff2a3be333722ecf37ea27db168a43c)
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
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a5d21c517a734ee55b42e187411e1dc22e8287ed0d0fce8c129bf941f418878)
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
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
class ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules:
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__989fe5289023bddecf4466cc50a7aa648905c5ba8d35feee8c9f4f2a7214c677)
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resourceNames
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resources
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

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecValidationActions"
)
class ValidatingPolicyV1Beta1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicyV1Beta1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicyV1Beta1SpecValidations:
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

        :schema: ValidatingPolicyV1Beta1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f49d999821812b4ebb32e1d6ca3563b9987c1317804d0f7a2714b92c20d26410)
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

        :schema: ValidatingPolicyV1Beta1SpecValidations#expression
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

        :schema: ValidatingPolicyV1Beta1SpecValidations#message
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

        :schema: ValidatingPolicyV1Beta1SpecValidations#messageExpression
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

        :schema: ValidatingPolicyV1Beta1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Beta1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Beta1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e9bf6814cb9974c408b27b16ba97bebcb64af282307bc83645b17bc4cd2c971)
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

        :schema: ValidatingPolicyV1Beta1SpecVariables#expression
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

        :schema: ValidatingPolicyV1Beta1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_validatingpolicies_iokyvernopolicies.ValidatingPolicyV1Beta1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicyV1Beta1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Beta1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__515e2721678542a1b7d356cf76391f4032fbfe7faa897cb7faf78552a343265a)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Beta1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ValidatingPolicy",
    "ValidatingPolicyProps",
    "ValidatingPolicySpec",
    "ValidatingPolicySpecAuditAnnotations",
    "ValidatingPolicySpecAutogen",
    "ValidatingPolicySpecAutogenPodControllers",
    "ValidatingPolicySpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicySpecEvaluation",
    "ValidatingPolicySpecEvaluationAdmission",
    "ValidatingPolicySpecEvaluationBackground",
    "ValidatingPolicySpecFailurePolicy",
    "ValidatingPolicySpecMatchConditions",
    "ValidatingPolicySpecMatchConstraints",
    "ValidatingPolicySpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicySpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicySpecMatchConstraintsObjectSelector",
    "ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicySpecMatchConstraintsResourceRules",
    "ValidatingPolicySpecValidationActions",
    "ValidatingPolicySpecValidations",
    "ValidatingPolicySpecVariables",
    "ValidatingPolicySpecWebhookConfiguration",
    "ValidatingPolicyV1Alpha1",
    "ValidatingPolicyV1Alpha1Props",
    "ValidatingPolicyV1Alpha1Spec",
    "ValidatingPolicyV1Alpha1SpecAuditAnnotations",
    "ValidatingPolicyV1Alpha1SpecAutogen",
    "ValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    "ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicyV1Alpha1SpecEvaluation",
    "ValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    "ValidatingPolicyV1Alpha1SpecEvaluationBackground",
    "ValidatingPolicyV1Alpha1SpecFailurePolicy",
    "ValidatingPolicyV1Alpha1SpecMatchConditions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraints",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
    "ValidatingPolicyV1Alpha1SpecValidationActions",
    "ValidatingPolicyV1Alpha1SpecValidations",
    "ValidatingPolicyV1Alpha1SpecVariables",
    "ValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    "ValidatingPolicyV1Beta1",
    "ValidatingPolicyV1Beta1Props",
    "ValidatingPolicyV1Beta1Spec",
    "ValidatingPolicyV1Beta1SpecAuditAnnotations",
    "ValidatingPolicyV1Beta1SpecAutogen",
    "ValidatingPolicyV1Beta1SpecAutogenPodControllers",
    "ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicyV1Beta1SpecEvaluation",
    "ValidatingPolicyV1Beta1SpecEvaluationAdmission",
    "ValidatingPolicyV1Beta1SpecEvaluationBackground",
    "ValidatingPolicyV1Beta1SpecFailurePolicy",
    "ValidatingPolicyV1Beta1SpecMatchConditions",
    "ValidatingPolicyV1Beta1SpecMatchConstraints",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
    "ValidatingPolicyV1Beta1SpecValidationActions",
    "ValidatingPolicyV1Beta1SpecValidations",
    "ValidatingPolicyV1Beta1SpecVariables",
    "ValidatingPolicyV1Beta1SpecWebhookConfiguration",
]

publication.publish()

def _typecheckingstub__b546ace90899a1994a5ca22197a192995b0bd9af1d9ff0e6541f359f4baad448(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__172b137681690d0fac193cd013705334f87eb91b673e10a0c3f0ab54416a8143(
    *,
    spec: typing.Union[ValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9ab3ef8eaf04c08e28d17cb8d805ee45cd3944878f830d5420bc55b0f64e336(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicySpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicySpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicySpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicySpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicySpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e4573b6da078e808cd22fe1338c3c3aedce690a33544f67fd90ecef39a90be8(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__642998d8c04cdca0a3e83e104f4bf80dccb54223213d9d0e681ff1b5a8880213(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicySpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicySpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df6dbfa025bd6e18fed3e40186f5f4b1df407caa085e55a5e9b243ee2beb4f8d(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e7c9c21a96896f4e93aca15c56ead3a4ae6193cbe2d459059cca1512b07df5b(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afbb87ba228b6de829c570b769d60edddbc58e300ff942daa9756ebaed31ae23(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicySpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicySpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb5016cdf44d66848e45ae8d3052c52a5b48cc74083912b872b37596d129c50f(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee8b72d4bbf65e2a98d4be383b1c63588aeb34e362f939896292a6984d440aed(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e72a07a420aa1ee43c76caffbfadf6d50557181695b0b5a42849fd4fb76681f1(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e126812b0644e163fd5d7dc6c99b3f8a8551826037e39c97782271445fa21495(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__423ab5e516c5161eeca98c80a2937ac42fe20ac63f16aaf6df8c7e7d9f9d8a90(
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

def _typecheckingstub__46453b0c83fd4e6f01358f20529580281876ed30edcafba7b13e2a4ce2453d55(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37b8e7b2c885c5a473cd4b127f11a46fbaab3701984b8175b8dd9b1acab63a2c(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32eb53aa976976a1a897a521495051948aa48b2de059a32796ea40892a2977e2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66632f6fae15b68fb276892b22538cd0da9b033353af5cdfdf119288e6f752b3(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__638ba717eb56069539f5052a4317bee0a69283fc4599a0cc44640e3c9c08b9df(
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

def _typecheckingstub__baccbdf0a3a534d3d649dee00cbc3b95f9e4a49edfbfcb5d77ac7399acf5935f(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__985c6aaa602fd87afd599a72cc5503f99b6083eb4d61d22697f31fc61e1946fd(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fcc986845d404f04e36324ce6e09c7c3c414fa51f37f6c5283a1b02ab76ba2d(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91b5ed5e3e9abefaa9a691ec8e327c2e3ceb04933541508534ce296f85b90a3e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4262952cf1646e615cdf28ce0c07ea684750e254432484c1f3f09c31b9d1ff3f(
    *,
    spec: typing.Union[ValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__062818879d6b0c65c12a351e7dbca4e44e7ef568b0c9636ebb61ef61ce135f53(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicyV1Alpha1SpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicyV1Alpha1SpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f06b7c327a4fc95d5fa4fcbd9862c89ccac58989ffe3c98da07f146241eaa39e(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6550747ea5249d13d18d86797fb94c2c6498e80457af285739a98431abbd9f04(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c782201b91c3ac4406c0688b73ccaba5ba7656b969c73914d8339142fac5b446(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdf8607bb6dafb807e2c31cb145f74fc0f0ffaf3419f74de71224e863bb7f73c(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3c150460b622d6e097a356834b07326457973ed31d41f6abd518860d3060100(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ed87254c7f510315cb180f3406f25722e3a7c87f2b59af6cdd0ba6f27f79bf5(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dce370cd99783de63b165cd5d07e890333308f66bf0467e50aed50d58ceceb9(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__121c4f9cfee13696b13d12486ab279a7503dfa82dbfe2b893290c95164088424(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b818b20bae0fa17f3626ee96d3431fac44cb19d31cf6b091e5e8759a0d3894c(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f318b70d5fc36e23e16e4fbde7832988bed31518841ba7628900f02e820f3b3b(
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

def _typecheckingstub__e4a7181ff693670399f2fa256d56192e83375b7298cd9e6d45c990bd203ceaf0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd18cb35722b930f62337ca30f7cc2daa695c9a9838021fab17f545d3641ed5f(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__760013a54e85e4cf619d2994cca15dffbaa12f435b7ba07ffabe5a669d216e5f(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de74a2e48d155a1ab09f419bac37076be202ad2880def1dd49e6cf18bf29ae66(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae9c8d17a076481293200a800ab72962ade8885118dc4b083802f58228cbf313(
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

def _typecheckingstub__e99744c5475417d6244d91209ca1103b64c0ab9c828a68c5088983d302d5651e(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79d2666847459a9d98e01e462223ea48f3f71a356ec81214de3cbce728699603(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e761d5e565d124d672c8e5fd4b8d57f55934885cf263573b2cd5dcceb1bb54d4(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__483b674e42e5c1ed321c63dadf61f5f9a9d12544a61e78de3597dc80af1d16cd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1c4a3d130855947485b6fef819c726768eca855086dab9988645e015ef849ff(
    *,
    spec: typing.Union[ValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b5700c98e60874f4814b9b407b2aafd20c99852e59c8e072013c8b7e00c735c(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicyV1Beta1SpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicyV1Beta1SpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38d881c1e7d73f6bbd790f2203ede39006af6698126190f79e99aa0af197a106(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af0d9d67143bffe4f3cd4ea27aa7775862a6ddb364c2913c8f1a71b9a4a83ac0(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f83905de14e28613fef3dbdec35d8657f55e9cea8c9ec6b1686acf7bf6fd997(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9da23de3074180b7cb0a70b20e62a06a5cdee028da86af0b32aa1d0dcb1a17c(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1084d69a3428865c2d5c686b56ffdde7be340af00b0f2b5d95c4c39425be8e66(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5588453221857e2c5aed484f38e4a2f81963df338f18163309a30665162db4b1(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4ab6db6da46d952196719cbe163f9750e7fa66175f2841ab5a90e0a6704c3f8(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__351d7b8bc8bec7b9541591d478a16d758f1a23da2a8c0051ce77a7df78bc754c(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7629ffc899b13dab9443d4341c35b0ecd805c8ab334b1c663fedc91dcab597d(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c99aa88463094fff9805ae4bf5c70866dea5ad5e898daa9b36eb45238b5082bd(
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

def _typecheckingstub__838538417ece1d70f301d494f19e9b5b9f43ead33a9cb54b4f7bb15749a5cb5c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d585962f7f1f7a0841624021d91e4124a7ffcb0c7340149fd09fbb30592c509(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48f053c0eaae42022f167f3b3dc4d11a9ff2a3be333722ecf37ea27db168a43c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a5d21c517a734ee55b42e187411e1dc22e8287ed0d0fce8c129bf941f418878(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__989fe5289023bddecf4466cc50a7aa648905c5ba8d35feee8c9f4f2a7214c677(
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

def _typecheckingstub__f49d999821812b4ebb32e1d6ca3563b9987c1317804d0f7a2714b92c20d26410(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e9bf6814cb9974c408b27b16ba97bebcb64af282307bc83645b17bc4cd2c971(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515e2721678542a1b7d356cf76391f4032fbfe7faa897cb7faf78552a343265a(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
