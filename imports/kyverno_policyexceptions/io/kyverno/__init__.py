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


class PolicyException(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyException",
):
    '''PolicyException declares resources to be excluded from specified policies.

    :schema: PolicyException
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PolicyException" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14d4982ecbf7384dc4d1bf4ccac74c1a6e4fe30d8b6289cc7ae4d41b2f0f8c15)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PolicyExceptionProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PolicyException".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        props = PolicyExceptionProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PolicyException".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PolicyExceptionProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PolicyException declares resources to be excluded from specified policies.

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 

        :schema: PolicyException
        '''
        if isinstance(spec, dict):
            spec = PolicyExceptionSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__863960790088a3b1862c4fdcfe472a49945071f7a4cf000b8642e48e0baafb9d)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PolicyExceptionSpec":
        '''Spec declares policy exception behaviors.

        :schema: PolicyException#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PolicyExceptionSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PolicyException#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpec",
    jsii_struct_bases=[],
    name_mapping={
        "exceptions": "exceptions",
        "match": "match",
        "background": "background",
        "conditions": "conditions",
        "pod_security": "podSecurity",
    },
)
class PolicyExceptionSpec:
    def __init__(
        self,
        *,
        exceptions: typing.Sequence[typing.Union["PolicyExceptionSpecExceptions", typing.Dict[builtins.str, typing.Any]]],
        match: typing.Union["PolicyExceptionSpecMatch", typing.Dict[builtins.str, typing.Any]],
        background: typing.Optional[builtins.bool] = None,
        conditions: typing.Optional[typing.Union["PolicyExceptionSpecConditions", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_security: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecPodSecurity", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec declares policy exception behaviors.

        :param exceptions: Exceptions is a list policy/rules to be excluded.
        :param match: Match defines match clause used to check if a resource applies to the exception.
        :param background: Background controls if exceptions are applied to existing policies during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).
        :param conditions: Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions. The declaration can contain nested ``any`` or ``all`` statements.
        :param pod_security: PodSecurity specifies the Pod Security Standard controls to be excluded. Applicable only to policies that have validate.podSecurity subrule.

        :schema: PolicyExceptionSpec
        '''
        if isinstance(match, dict):
            match = PolicyExceptionSpecMatch(**match)
        if isinstance(conditions, dict):
            conditions = PolicyExceptionSpecConditions(**conditions)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9ddd00e021643fcac5b5c863fe72ab239f5ee18d88fcad99bde5ef85eff2af4)
            check_type(argname="argument exceptions", value=exceptions, expected_type=type_hints["exceptions"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument pod_security", value=pod_security, expected_type=type_hints["pod_security"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exceptions": exceptions,
            "match": match,
        }
        if background is not None:
            self._values["background"] = background
        if conditions is not None:
            self._values["conditions"] = conditions
        if pod_security is not None:
            self._values["pod_security"] = pod_security

    @builtins.property
    def exceptions(self) -> typing.List["PolicyExceptionSpecExceptions"]:
        '''Exceptions is a list policy/rules to be excluded.

        :schema: PolicyExceptionSpec#exceptions
        '''
        result = self._values.get("exceptions")
        assert result is not None, "Required property 'exceptions' is missing"
        return typing.cast(typing.List["PolicyExceptionSpecExceptions"], result)

    @builtins.property
    def match(self) -> "PolicyExceptionSpecMatch":
        '''Match defines match clause used to check if a resource applies to the exception.

        :schema: PolicyExceptionSpec#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast("PolicyExceptionSpecMatch", result)

    @builtins.property
    def background(self) -> typing.Optional[builtins.bool]:
        '''Background controls if exceptions are applied to existing policies during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: PolicyExceptionSpec#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def conditions(self) -> typing.Optional["PolicyExceptionSpecConditions"]:
        '''Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions.

        The declaration can contain nested ``any`` or ``all`` statements.

        :schema: PolicyExceptionSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional["PolicyExceptionSpecConditions"], result)

    @builtins.property
    def pod_security(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecPodSecurity"]]:
        '''PodSecurity specifies the Pod Security Standard controls to be excluded.

        Applicable only to policies that have validate.podSecurity subrule.

        :schema: PolicyExceptionSpec#podSecurity
        '''
        result = self._values.get("pod_security")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecPodSecurity"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecConditions",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "any": "any"},
)
class PolicyExceptionSpecConditions:
    def __init__(
        self,
        *,
        all: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecConditionsAll", typing.Dict[builtins.str, typing.Any]]]] = None,
        any: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecConditionsAny", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions.

        The declaration can contain nested ``any`` or ``all`` statements.

        :param all: AllConditions enable variable-based conditional rule execution. This is useful for finer control of when an rule is applied. A condition can reference object data using JMESPath notation. Here, all of the conditions need to pass.
        :param any: AnyConditions enable variable-based conditional rule execution. This is useful for finer control of when an rule is applied. A condition can reference object data using JMESPath notation. Here, at least one of the conditions need to pass.

        :schema: PolicyExceptionSpecConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e5a9bc56ec246ec6c9f5f01fdb5b84415043c1b841268c5f7f2f01a182f5d2b)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument any", value=any, expected_type=type_hints["any"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if any is not None:
            self._values["any"] = any

    @builtins.property
    def all(self) -> typing.Optional[typing.List["PolicyExceptionSpecConditionsAll"]]:
        '''AllConditions enable variable-based conditional rule execution.

        This is useful for
        finer control of when an rule is applied. A condition can reference object data
        using JMESPath notation.
        Here, all of the conditions need to pass.

        :schema: PolicyExceptionSpecConditions#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecConditionsAll"]], result)

    @builtins.property
    def any(self) -> typing.Optional[typing.List["PolicyExceptionSpecConditionsAny"]]:
        '''AnyConditions enable variable-based conditional rule execution.

        This is useful for
        finer control of when an rule is applied. A condition can reference object data
        using JMESPath notation.
        Here, at least one of the conditions need to pass.

        :schema: PolicyExceptionSpecConditions#any
        '''
        result = self._values.get("any")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecConditionsAny"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecConditionsAll",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "message": "message",
        "operator": "operator",
        "value": "value",
    },
)
class PolicyExceptionSpecConditionsAll:
    def __init__(
        self,
        *,
        key: typing.Any = None,
        message: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PolicyExceptionSpecConditionsAllOperator"] = None,
        value: typing.Any = None,
    ) -> None:
        '''
        :param key: Key is the context entry (using JMESPath) for conditional rule evaluation.
        :param message: Message is an optional display message.
        :param operator: Operator is the conditional operation to perform. Valid operators are: Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals, GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan, DurationLessThanOrEquals, DurationLessThan
        :param value: Value is the conditional value, or set of values. The values can be fixed set or can be variables declared using JMESPath.

        :schema: PolicyExceptionSpecConditionsAll
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__558776353940595f96be1c10ee55f290b163408853d2896d474f887a57476f63)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if message is not None:
            self._values["message"] = message
        if operator is not None:
            self._values["operator"] = operator
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Any:
        '''Key is the context entry (using JMESPath) for conditional rule evaluation.

        :schema: PolicyExceptionSpecConditionsAll#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Any, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''Message is an optional display message.

        :schema: PolicyExceptionSpecConditionsAll#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional["PolicyExceptionSpecConditionsAllOperator"]:
        '''Operator is the conditional operation to perform.

        Valid operators are:
        Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
        GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
        DurationLessThanOrEquals, DurationLessThan

        :schema: PolicyExceptionSpecConditionsAll#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PolicyExceptionSpecConditionsAllOperator"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value is the conditional value, or set of values.

        The values can be fixed set
        or can be variables declared using JMESPath.

        :schema: PolicyExceptionSpecConditionsAll#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecConditionsAll(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecConditionsAllOperator"
)
class PolicyExceptionSpecConditionsAllOperator(enum.Enum):
    '''Operator is the conditional operation to perform.

    Valid operators are:
    Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
    GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
    DurationLessThanOrEquals, DurationLessThan

    :schema: PolicyExceptionSpecConditionsAllOperator
    '''

    EQUALS = "EQUALS"
    '''Equals.'''
    NOT_EQUALS = "NOT_EQUALS"
    '''NotEquals.'''
    ANY_IN = "ANY_IN"
    '''AnyIn.'''
    ALL_IN = "ALL_IN"
    '''AllIn.'''
    ANY_NOT_IN = "ANY_NOT_IN"
    '''AnyNotIn.'''
    ALL_NOT_IN = "ALL_NOT_IN"
    '''AllNotIn.'''
    GREATER_THAN_OR_EQUALS = "GREATER_THAN_OR_EQUALS"
    '''GreaterThanOrEquals.'''
    GREATER_THAN = "GREATER_THAN"
    '''GreaterThan.'''
    LESS_THAN_OR_EQUALS = "LESS_THAN_OR_EQUALS"
    '''LessThanOrEquals.'''
    LESS_THAN = "LESS_THAN"
    '''LessThan.'''
    DURATION_GREATER_THAN_OR_EQUALS = "DURATION_GREATER_THAN_OR_EQUALS"
    '''DurationGreaterThanOrEquals.'''
    DURATION_GREATER_THAN = "DURATION_GREATER_THAN"
    '''DurationGreaterThan.'''
    DURATION_LESS_THAN_OR_EQUALS = "DURATION_LESS_THAN_OR_EQUALS"
    '''DurationLessThanOrEquals.'''
    DURATION_LESS_THAN = "DURATION_LESS_THAN"
    '''DurationLessThan.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecConditionsAny",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "message": "message",
        "operator": "operator",
        "value": "value",
    },
)
class PolicyExceptionSpecConditionsAny:
    def __init__(
        self,
        *,
        key: typing.Any = None,
        message: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PolicyExceptionSpecConditionsAnyOperator"] = None,
        value: typing.Any = None,
    ) -> None:
        '''
        :param key: Key is the context entry (using JMESPath) for conditional rule evaluation.
        :param message: Message is an optional display message.
        :param operator: Operator is the conditional operation to perform. Valid operators are: Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals, GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan, DurationLessThanOrEquals, DurationLessThan
        :param value: Value is the conditional value, or set of values. The values can be fixed set or can be variables declared using JMESPath.

        :schema: PolicyExceptionSpecConditionsAny
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38801a37d188a4023856d8973b6addd14656adf6948b51bf5b6a0630fd5c525f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if message is not None:
            self._values["message"] = message
        if operator is not None:
            self._values["operator"] = operator
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Any:
        '''Key is the context entry (using JMESPath) for conditional rule evaluation.

        :schema: PolicyExceptionSpecConditionsAny#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Any, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''Message is an optional display message.

        :schema: PolicyExceptionSpecConditionsAny#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional["PolicyExceptionSpecConditionsAnyOperator"]:
        '''Operator is the conditional operation to perform.

        Valid operators are:
        Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
        GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
        DurationLessThanOrEquals, DurationLessThan

        :schema: PolicyExceptionSpecConditionsAny#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PolicyExceptionSpecConditionsAnyOperator"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value is the conditional value, or set of values.

        The values can be fixed set
        or can be variables declared using JMESPath.

        :schema: PolicyExceptionSpecConditionsAny#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecConditionsAny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecConditionsAnyOperator"
)
class PolicyExceptionSpecConditionsAnyOperator(enum.Enum):
    '''Operator is the conditional operation to perform.

    Valid operators are:
    Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
    GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
    DurationLessThanOrEquals, DurationLessThan

    :schema: PolicyExceptionSpecConditionsAnyOperator
    '''

    EQUALS = "EQUALS"
    '''Equals.'''
    NOT_EQUALS = "NOT_EQUALS"
    '''NotEquals.'''
    ANY_IN = "ANY_IN"
    '''AnyIn.'''
    ALL_IN = "ALL_IN"
    '''AllIn.'''
    ANY_NOT_IN = "ANY_NOT_IN"
    '''AnyNotIn.'''
    ALL_NOT_IN = "ALL_NOT_IN"
    '''AllNotIn.'''
    GREATER_THAN_OR_EQUALS = "GREATER_THAN_OR_EQUALS"
    '''GreaterThanOrEquals.'''
    GREATER_THAN = "GREATER_THAN"
    '''GreaterThan.'''
    LESS_THAN_OR_EQUALS = "LESS_THAN_OR_EQUALS"
    '''LessThanOrEquals.'''
    LESS_THAN = "LESS_THAN"
    '''LessThan.'''
    DURATION_GREATER_THAN_OR_EQUALS = "DURATION_GREATER_THAN_OR_EQUALS"
    '''DurationGreaterThanOrEquals.'''
    DURATION_GREATER_THAN = "DURATION_GREATER_THAN"
    '''DurationGreaterThan.'''
    DURATION_LESS_THAN_OR_EQUALS = "DURATION_LESS_THAN_OR_EQUALS"
    '''DurationLessThanOrEquals.'''
    DURATION_LESS_THAN = "DURATION_LESS_THAN"
    '''DurationLessThan.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecExceptions",
    jsii_struct_bases=[],
    name_mapping={"policy_name": "policyName", "rule_names": "ruleNames"},
)
class PolicyExceptionSpecExceptions:
    def __init__(
        self,
        *,
        policy_name: builtins.str,
        rule_names: typing.Sequence[builtins.str],
    ) -> None:
        '''Exception stores infos about a policy and rules.

        :param policy_name: PolicyName identifies the policy to which the exception is applied. The policy name uses the format / unless it references a ClusterPolicy.
        :param rule_names: RuleNames identifies the rules to which the exception is applied.

        :schema: PolicyExceptionSpecExceptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbae505605883e7612156112b08fc40dd4bd0c73e73339479fd73255533a772d)
            check_type(argname="argument policy_name", value=policy_name, expected_type=type_hints["policy_name"])
            check_type(argname="argument rule_names", value=rule_names, expected_type=type_hints["rule_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_name": policy_name,
            "rule_names": rule_names,
        }

    @builtins.property
    def policy_name(self) -> builtins.str:
        '''PolicyName identifies the policy to which the exception is applied.

        The policy name uses the format / unless it
        references a ClusterPolicy.

        :schema: PolicyExceptionSpecExceptions#policyName
        '''
        result = self._values.get("policy_name")
        assert result is not None, "Required property 'policy_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rule_names(self) -> typing.List[builtins.str]:
        '''RuleNames identifies the rules to which the exception is applied.

        :schema: PolicyExceptionSpecExceptions#ruleNames
        '''
        result = self._values.get("rule_names")
        assert result is not None, "Required property 'rule_names' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecExceptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatch",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "any": "any"},
)
class PolicyExceptionSpecMatch:
    def __init__(
        self,
        *,
        all: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAll", typing.Dict[builtins.str, typing.Any]]]] = None,
        any: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAny", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Match defines match clause used to check if a resource applies to the exception.

        :param all: All allows specifying resources which will be ANDed.
        :param any: Any allows specifying resources which will be ORed.

        :schema: PolicyExceptionSpecMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f6a9f8875a4c4991dfe904b9051d7b3b66554197760712a0219f2c74e613b57)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument any", value=any, expected_type=type_hints["any"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if any is not None:
            self._values["any"] = any

    @builtins.property
    def all(self) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAll"]]:
        '''All allows specifying resources which will be ANDed.

        :schema: PolicyExceptionSpecMatch#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAll"]], result)

    @builtins.property
    def any(self) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAny"]]:
        '''Any allows specifying resources which will be ORed.

        :schema: PolicyExceptionSpecMatch#any
        '''
        result = self._values.get("any")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAny"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAll",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_roles": "clusterRoles",
        "resources": "resources",
        "roles": "roles",
        "subjects": "subjects",
    },
)
class PolicyExceptionSpecMatchAll:
    def __init__(
        self,
        *,
        cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["PolicyExceptionSpecMatchAllResources", typing.Dict[builtins.str, typing.Any]]] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        subjects: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAllSubjects", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceFilter allow users to "AND" or "OR" between resources.

        :param cluster_roles: ClusterRoles is the list of cluster-wide role names for the user.
        :param resources: ResourceDescription contains information about the resource being created or modified.
        :param roles: Roles is the list of namespaced role names for the user.
        :param subjects: Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionSpecMatchAll
        '''
        if isinstance(resources, dict):
            resources = PolicyExceptionSpecMatchAllResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb4a548455b0dbf507d9c676c0e44ceaeb4fcaad9d4fd7f36053aafa672f1dd5)
            check_type(argname="argument cluster_roles", value=cluster_roles, expected_type=type_hints["cluster_roles"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument subjects", value=subjects, expected_type=type_hints["subjects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_roles is not None:
            self._values["cluster_roles"] = cluster_roles
        if resources is not None:
            self._values["resources"] = resources
        if roles is not None:
            self._values["roles"] = roles
        if subjects is not None:
            self._values["subjects"] = subjects

    @builtins.property
    def cluster_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ClusterRoles is the list of cluster-wide role names for the user.

        :schema: PolicyExceptionSpecMatchAll#clusterRoles
        '''
        result = self._values.get("cluster_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional["PolicyExceptionSpecMatchAllResources"]:
        '''ResourceDescription contains information about the resource being created or modified.

        :schema: PolicyExceptionSpecMatchAll#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAllResources"], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Roles is the list of namespaced role names for the user.

        :schema: PolicyExceptionSpecMatchAll#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subjects(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAllSubjects"]]:
        '''Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionSpecMatchAll#subjects
        '''
        result = self._values.get("subjects")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAllSubjects"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAll(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResources",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "kinds": "kinds",
        "name": "name",
        "names": "names",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "operations": "operations",
        "selector": "selector",
    },
)
class PolicyExceptionSpecMatchAllResources:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        names: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["PolicyExceptionSpecMatchAllResourcesNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        operations: typing.Optional[typing.Sequence["PolicyExceptionSpecMatchAllResourcesOperations"]] = None,
        selector: typing.Optional[typing.Union["PolicyExceptionSpecMatchAllResourcesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceDescription contains information about the resource being created or modified.

        :param annotations: Annotations is a map of annotations (key-value pairs of type string). Annotation keys and values support the wildcard characters "*" (matches zero or many characters) and "?" (matches at least one character).
        :param kinds: Kinds is a list of resource kinds.
        :param name: Name is the name of the resource. The name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character). NOTE: "Name" is being deprecated in favor of "Names".
        :param names: Names are the names of the resources. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespaces: Namespaces is a list of namespaces names. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespace_selector: NamespaceSelector is a label selector for the resource namespace. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character).Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.
        :param operations: Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
        :param selector: Selector is a label selector. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character). Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAllResources
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = PolicyExceptionSpecMatchAllResourcesNamespaceSelector(**namespace_selector)
        if isinstance(selector, dict):
            selector = PolicyExceptionSpecMatchAllResourcesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e5ebef30c625d15601266fe0a6061fee100528802e94ee8d5c9a3d585244412)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument names", value=names, expected_type=type_hints["names"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if kinds is not None:
            self._values["kinds"] = kinds
        if name is not None:
            self._values["name"] = name
        if names is not None:
            self._values["names"] = names
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if operations is not None:
            self._values["operations"] = operations
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is a  map of annotations (key-value pairs of type string).

        Annotation keys
        and values support the wildcard characters "*" (matches zero or many characters) and
        "?" (matches at least one character).

        :schema: PolicyExceptionSpecMatchAllResources#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def kinds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Kinds is a list of resource kinds.

        :schema: PolicyExceptionSpecMatchAllResources#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the resource.

        The name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).
        NOTE: "Name" is being deprecated in favor of "Names".

        :schema: PolicyExceptionSpecMatchAllResources#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names are the names of the resources.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionSpecMatchAllResources#names
        '''
        result = self._values.get("names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Namespaces is a list of namespaces names.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionSpecMatchAllResources#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["PolicyExceptionSpecMatchAllResourcesNamespaceSelector"]:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAllResources#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAllResourcesNamespaceSelector"], result)

    @builtins.property
    def operations(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesOperations"]]:
        '''Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.

        :schema: PolicyExceptionSpecMatchAllResources#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesOperations"]], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["PolicyExceptionSpecMatchAllResourcesSelector"]:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAllResources#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAllResourcesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResourcesNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionSpecMatchAllResourcesNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3bb86856ca630b1dbdd420a764498e300216d22112c3e2c9642448ae0aa6c1fe)
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
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllResourcesNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions:
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

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32d1278761f0570c3ec1cf72899828b9c5f88aba92bb5ce6e022021d9e7bb09a)
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

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResourcesOperations"
)
class PolicyExceptionSpecMatchAllResourcesOperations(enum.Enum):
    '''AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.

    :schema: PolicyExceptionSpecMatchAllResourcesOperations
    '''

    CREATE = "CREATE"
    '''CREATE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    UPDATE = "UPDATE"
    '''UPDATE.'''
    DELETE = "DELETE"
    '''DELETE.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResourcesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionSpecMatchAllResourcesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bd26c5cc0187a2e083e3f125cd6d55dc564ea1c78cdb2d4e7053d663bdd814a)
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
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAllResourcesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllResourcesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions:
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

        :schema: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee6bf2f9d5245401516cc1ec95872e6cc3c5a90b1857e2b4aa972aaace2d2e55)
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

        :schema: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAllSubjects",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class PolicyExceptionSpecMatchAllSubjects:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Subject contains a reference to the object or user identities a role binding applies to.

        This can either hold a direct API object reference,
        or a value for non-objects such as user and group names.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAllSubjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85a0811fc83dea1ac30fdb9c03639a64f90230ec79292084eee7309e4f742f3f)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount".
        If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAllSubjects#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: PolicyExceptionSpecMatchAllSubjects#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects.
        Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects.

        :schema: PolicyExceptionSpecMatchAllSubjects#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
        the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAllSubjects#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAllSubjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAny",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_roles": "clusterRoles",
        "resources": "resources",
        "roles": "roles",
        "subjects": "subjects",
    },
)
class PolicyExceptionSpecMatchAny:
    def __init__(
        self,
        *,
        cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["PolicyExceptionSpecMatchAnyResources", typing.Dict[builtins.str, typing.Any]]] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        subjects: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAnySubjects", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceFilter allow users to "AND" or "OR" between resources.

        :param cluster_roles: ClusterRoles is the list of cluster-wide role names for the user.
        :param resources: ResourceDescription contains information about the resource being created or modified.
        :param roles: Roles is the list of namespaced role names for the user.
        :param subjects: Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionSpecMatchAny
        '''
        if isinstance(resources, dict):
            resources = PolicyExceptionSpecMatchAnyResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__298b57fa6ae1f73c5aad0b1b9bb98e4ab99361babdb56ee84f2ee934e8b11a96)
            check_type(argname="argument cluster_roles", value=cluster_roles, expected_type=type_hints["cluster_roles"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument subjects", value=subjects, expected_type=type_hints["subjects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_roles is not None:
            self._values["cluster_roles"] = cluster_roles
        if resources is not None:
            self._values["resources"] = resources
        if roles is not None:
            self._values["roles"] = roles
        if subjects is not None:
            self._values["subjects"] = subjects

    @builtins.property
    def cluster_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ClusterRoles is the list of cluster-wide role names for the user.

        :schema: PolicyExceptionSpecMatchAny#clusterRoles
        '''
        result = self._values.get("cluster_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional["PolicyExceptionSpecMatchAnyResources"]:
        '''ResourceDescription contains information about the resource being created or modified.

        :schema: PolicyExceptionSpecMatchAny#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAnyResources"], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Roles is the list of namespaced role names for the user.

        :schema: PolicyExceptionSpecMatchAny#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subjects(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAnySubjects"]]:
        '''Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionSpecMatchAny#subjects
        '''
        result = self._values.get("subjects")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAnySubjects"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResources",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "kinds": "kinds",
        "name": "name",
        "names": "names",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "operations": "operations",
        "selector": "selector",
    },
)
class PolicyExceptionSpecMatchAnyResources:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        names: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["PolicyExceptionSpecMatchAnyResourcesNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        operations: typing.Optional[typing.Sequence["PolicyExceptionSpecMatchAnyResourcesOperations"]] = None,
        selector: typing.Optional[typing.Union["PolicyExceptionSpecMatchAnyResourcesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceDescription contains information about the resource being created or modified.

        :param annotations: Annotations is a map of annotations (key-value pairs of type string). Annotation keys and values support the wildcard characters "*" (matches zero or many characters) and "?" (matches at least one character).
        :param kinds: Kinds is a list of resource kinds.
        :param name: Name is the name of the resource. The name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character). NOTE: "Name" is being deprecated in favor of "Names".
        :param names: Names are the names of the resources. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespaces: Namespaces is a list of namespaces names. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespace_selector: NamespaceSelector is a label selector for the resource namespace. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character).Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.
        :param operations: Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
        :param selector: Selector is a label selector. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character). Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAnyResources
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = PolicyExceptionSpecMatchAnyResourcesNamespaceSelector(**namespace_selector)
        if isinstance(selector, dict):
            selector = PolicyExceptionSpecMatchAnyResourcesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ec2258182b33eb6b94d42cdfb065a31e4522cd1ed5cbcdbf0a767bf97f77a49)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument names", value=names, expected_type=type_hints["names"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if kinds is not None:
            self._values["kinds"] = kinds
        if name is not None:
            self._values["name"] = name
        if names is not None:
            self._values["names"] = names
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if operations is not None:
            self._values["operations"] = operations
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is a  map of annotations (key-value pairs of type string).

        Annotation keys
        and values support the wildcard characters "*" (matches zero or many characters) and
        "?" (matches at least one character).

        :schema: PolicyExceptionSpecMatchAnyResources#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def kinds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Kinds is a list of resource kinds.

        :schema: PolicyExceptionSpecMatchAnyResources#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the resource.

        The name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).
        NOTE: "Name" is being deprecated in favor of "Names".

        :schema: PolicyExceptionSpecMatchAnyResources#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names are the names of the resources.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionSpecMatchAnyResources#names
        '''
        result = self._values.get("names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Namespaces is a list of namespaces names.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionSpecMatchAnyResources#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["PolicyExceptionSpecMatchAnyResourcesNamespaceSelector"]:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAnyResources#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAnyResourcesNamespaceSelector"], result)

    @builtins.property
    def operations(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesOperations"]]:
        '''Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.

        :schema: PolicyExceptionSpecMatchAnyResources#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesOperations"]], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["PolicyExceptionSpecMatchAnyResourcesSelector"]:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionSpecMatchAnyResources#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PolicyExceptionSpecMatchAnyResourcesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnyResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResourcesNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionSpecMatchAnyResourcesNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34a9fd20be7da4cdce41458f3945fcf77a42b06e34c7ea60efc1d2cdb67d0046)
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
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnyResourcesNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions:
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

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__352501e838fe63de79377903fca6d017c3e93fe628bd42432deb4022a60c2f54)
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

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResourcesOperations"
)
class PolicyExceptionSpecMatchAnyResourcesOperations(enum.Enum):
    '''AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.

    :schema: PolicyExceptionSpecMatchAnyResourcesOperations
    '''

    CREATE = "CREATE"
    '''CREATE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    UPDATE = "UPDATE"
    '''UPDATE.'''
    DELETE = "DELETE"
    '''DELETE.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResourcesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionSpecMatchAnyResourcesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__832448e36cd2e52f3905a3e0a55fef248608048ff3eefc9c1a4fa0fddb959609)
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
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionSpecMatchAnyResourcesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnyResourcesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions:
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

        :schema: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aae1b3200de408740a621f75b32f81afb768fafd686fa81107ebe8a47ddbe637)
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

        :schema: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecMatchAnySubjects",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class PolicyExceptionSpecMatchAnySubjects:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Subject contains a reference to the object or user identities a role binding applies to.

        This can either hold a direct API object reference,
        or a value for non-objects such as user and group names.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAnySubjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ef416e7c7d6ddc5f160cdac32289376b452d86ff418661f9c8ef498f21de3b8)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount".
        If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAnySubjects#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: PolicyExceptionSpecMatchAnySubjects#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects.
        Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects.

        :schema: PolicyExceptionSpecMatchAnySubjects#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
        the Authorizer should report an error.

        :schema: PolicyExceptionSpecMatchAnySubjects#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchAnySubjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecPodSecurity",
    jsii_struct_bases=[],
    name_mapping={
        "control_name": "controlName",
        "images": "images",
        "restricted_field": "restrictedField",
        "values": "values",
    },
)
class PolicyExceptionSpecPodSecurity:
    def __init__(
        self,
        *,
        control_name: "PolicyExceptionSpecPodSecurityControlName",
        images: typing.Optional[typing.Sequence[builtins.str]] = None,
        restricted_field: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodSecurityStandard specifies the Pod Security Standard controls to be excluded.

        :param control_name: ControlName specifies the name of the Pod Security Standard control. See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
        :param images: Images selects matching containers and applies the container level PSS. Each image is the image name consisting of the registry address, repository, image, and tag. Empty list matches no containers, PSS checks are applied at the pod level only. Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
        :param restricted_field: RestrictedField selects the field for the given Pod Security Standard control. When not set, all restricted fields for the control are selected.
        :param values: Values defines the allowed values that can be excluded.

        :schema: PolicyExceptionSpecPodSecurity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89a928167a234111b164b76437728520f6af2de78e47dfcd6813ebb2ed9e971b)
            check_type(argname="argument control_name", value=control_name, expected_type=type_hints["control_name"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument restricted_field", value=restricted_field, expected_type=type_hints["restricted_field"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "control_name": control_name,
        }
        if images is not None:
            self._values["images"] = images
        if restricted_field is not None:
            self._values["restricted_field"] = restricted_field
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def control_name(self) -> "PolicyExceptionSpecPodSecurityControlName":
        '''ControlName specifies the name of the Pod Security Standard control.

        See: https://kubernetes.io/docs/concepts/security/pod-security-standards/

        :schema: PolicyExceptionSpecPodSecurity#controlName
        '''
        result = self._values.get("control_name")
        assert result is not None, "Required property 'control_name' is missing"
        return typing.cast("PolicyExceptionSpecPodSecurityControlName", result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Images selects matching containers and applies the container level PSS.

        Each image is the image name consisting of the registry address, repository, image, and tag.
        Empty list matches no containers, PSS checks are applied at the pod level only.
        Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.

        :schema: PolicyExceptionSpecPodSecurity#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def restricted_field(self) -> typing.Optional[builtins.str]:
        '''RestrictedField selects the field for the given Pod Security Standard control.

        When not set, all restricted fields for the control are selected.

        :schema: PolicyExceptionSpecPodSecurity#restrictedField
        '''
        result = self._values.get("restricted_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Values defines the allowed values that can be excluded.

        :schema: PolicyExceptionSpecPodSecurity#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecPodSecurity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionSpecPodSecurityControlName"
)
class PolicyExceptionSpecPodSecurityControlName(enum.Enum):
    '''ControlName specifies the name of the Pod Security Standard control.

    See: https://kubernetes.io/docs/concepts/security/pod-security-standards/

    :schema: PolicyExceptionSpecPodSecurityControlName
    '''

    HOST_PROCESS = "HOST_PROCESS"
    '''HostProcess.'''
    HOST_NAMESPACES = "HOST_NAMESPACES"
    '''Host Namespaces.'''
    PRIVILEGED_CONTAINERS = "PRIVILEGED_CONTAINERS"
    '''Privileged Containers.'''
    CAPABILITIES = "CAPABILITIES"
    '''Capabilities.'''
    HOST_PATH_VOLUMES = "HOST_PATH_VOLUMES"
    '''HostPath Volumes.'''
    HOST_PORTS = "HOST_PORTS"
    '''Host Ports.'''
    APP_ARMOR = "APP_ARMOR"
    '''AppArmor.'''
    SE_LINUX = "SE_LINUX"
    '''SELinux.'''
    VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE = "VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE"
    '''/proc Mount Type.'''
    SECCOMP = "SECCOMP"
    '''Seccomp.'''
    SYSCTLS = "SYSCTLS"
    '''Sysctls.'''
    VOLUME_TYPES = "VOLUME_TYPES"
    '''Volume Types.'''
    PRIVILEGE_ESCALATION = "PRIVILEGE_ESCALATION"
    '''Privilege Escalation.'''
    RUNNING_AS_NON_HYPHEN_ROOT = "RUNNING_AS_NON_HYPHEN_ROOT"
    '''Running as Non-root.'''
    RUNNING_AS_NON_HYPHEN_ROOT_USER = "RUNNING_AS_NON_HYPHEN_ROOT_USER"
    '''Running as Non-root user.'''


class PolicyExceptionV2Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1",
):
    '''PolicyException declares resources to be excluded from specified policies.

    :schema: PolicyExceptionV2Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PolicyExceptionV2Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PolicyExceptionV2Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__486318b7cef7d56e9ebf552c26fca5288a58ec81389c5ed4bde52a7d23941509)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PolicyExceptionV2Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PolicyExceptionV2Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PolicyExceptionV2Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        props = PolicyExceptionV2Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PolicyExceptionV2Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PolicyExceptionV2Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["PolicyExceptionV2Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PolicyException declares resources to be excluded from specified policies.

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 

        :schema: PolicyExceptionV2Beta1
        '''
        if isinstance(spec, dict):
            spec = PolicyExceptionV2Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f3aac5522a47690bbeaa7ea3680c53ef67c2c22f82de41c79e8e2ec3a438980)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PolicyExceptionV2Beta1Spec":
        '''Spec declares policy exception behaviors.

        :schema: PolicyExceptionV2Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PolicyExceptionV2Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PolicyExceptionV2Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "exceptions": "exceptions",
        "match": "match",
        "background": "background",
        "conditions": "conditions",
        "pod_security": "podSecurity",
    },
)
class PolicyExceptionV2Beta1Spec:
    def __init__(
        self,
        *,
        exceptions: typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecExceptions", typing.Dict[builtins.str, typing.Any]]],
        match: typing.Union["PolicyExceptionV2Beta1SpecMatch", typing.Dict[builtins.str, typing.Any]],
        background: typing.Optional[builtins.bool] = None,
        conditions: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecConditions", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_security: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecPodSecurity", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec declares policy exception behaviors.

        :param exceptions: Exceptions is a list policy/rules to be excluded.
        :param match: Match defines match clause used to check if a resource applies to the exception.
        :param background: Background controls if exceptions are applied to existing policies during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).
        :param conditions: Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions. The declaration can contain nested ``any`` or ``all`` statements.
        :param pod_security: PodSecurity specifies the Pod Security Standard controls to be excluded. Applicable only to policies that have validate.podSecurity subrule.

        :schema: PolicyExceptionV2Beta1Spec
        '''
        if isinstance(match, dict):
            match = PolicyExceptionV2Beta1SpecMatch(**match)
        if isinstance(conditions, dict):
            conditions = PolicyExceptionV2Beta1SpecConditions(**conditions)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d6ef5b18988c777df98d7bdfa31cba83a7d4b2a698127844204260ee1810ff0)
            check_type(argname="argument exceptions", value=exceptions, expected_type=type_hints["exceptions"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument pod_security", value=pod_security, expected_type=type_hints["pod_security"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exceptions": exceptions,
            "match": match,
        }
        if background is not None:
            self._values["background"] = background
        if conditions is not None:
            self._values["conditions"] = conditions
        if pod_security is not None:
            self._values["pod_security"] = pod_security

    @builtins.property
    def exceptions(self) -> typing.List["PolicyExceptionV2Beta1SpecExceptions"]:
        '''Exceptions is a list policy/rules to be excluded.

        :schema: PolicyExceptionV2Beta1Spec#exceptions
        '''
        result = self._values.get("exceptions")
        assert result is not None, "Required property 'exceptions' is missing"
        return typing.cast(typing.List["PolicyExceptionV2Beta1SpecExceptions"], result)

    @builtins.property
    def match(self) -> "PolicyExceptionV2Beta1SpecMatch":
        '''Match defines match clause used to check if a resource applies to the exception.

        :schema: PolicyExceptionV2Beta1Spec#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast("PolicyExceptionV2Beta1SpecMatch", result)

    @builtins.property
    def background(self) -> typing.Optional[builtins.bool]:
        '''Background controls if exceptions are applied to existing policies during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: PolicyExceptionV2Beta1Spec#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def conditions(self) -> typing.Optional["PolicyExceptionV2Beta1SpecConditions"]:
        '''Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions.

        The declaration can contain nested ``any`` or ``all`` statements.

        :schema: PolicyExceptionV2Beta1Spec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecConditions"], result)

    @builtins.property
    def pod_security(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecPodSecurity"]]:
        '''PodSecurity specifies the Pod Security Standard controls to be excluded.

        Applicable only to policies that have validate.podSecurity subrule.

        :schema: PolicyExceptionV2Beta1Spec#podSecurity
        '''
        result = self._values.get("pod_security")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecPodSecurity"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecConditions",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "any": "any"},
)
class PolicyExceptionV2Beta1SpecConditions:
    def __init__(
        self,
        *,
        all: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecConditionsAll", typing.Dict[builtins.str, typing.Any]]]] = None,
        any: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecConditionsAny", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Conditions are used to determine if a resource applies to the exception by evaluating a set of conditions.

        The declaration can contain nested ``any`` or ``all`` statements.

        :param all: AllConditions enable variable-based conditional rule execution. This is useful for finer control of when an rule is applied. A condition can reference object data using JMESPath notation. Here, all of the conditions need to pass.
        :param any: AnyConditions enable variable-based conditional rule execution. This is useful for finer control of when an rule is applied. A condition can reference object data using JMESPath notation. Here, at least one of the conditions need to pass.

        :schema: PolicyExceptionV2Beta1SpecConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e08f043398bf6272fa14c0a4450d885e51e1e31887939a4a215dc7bee3b33e12)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument any", value=any, expected_type=type_hints["any"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if any is not None:
            self._values["any"] = any

    @builtins.property
    def all(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecConditionsAll"]]:
        '''AllConditions enable variable-based conditional rule execution.

        This is useful for
        finer control of when an rule is applied. A condition can reference object data
        using JMESPath notation.
        Here, all of the conditions need to pass.

        :schema: PolicyExceptionV2Beta1SpecConditions#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecConditionsAll"]], result)

    @builtins.property
    def any(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecConditionsAny"]]:
        '''AnyConditions enable variable-based conditional rule execution.

        This is useful for
        finer control of when an rule is applied. A condition can reference object data
        using JMESPath notation.
        Here, at least one of the conditions need to pass.

        :schema: PolicyExceptionV2Beta1SpecConditions#any
        '''
        result = self._values.get("any")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecConditionsAny"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecConditionsAll",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "message": "message",
        "operator": "operator",
        "value": "value",
    },
)
class PolicyExceptionV2Beta1SpecConditionsAll:
    def __init__(
        self,
        *,
        key: typing.Any = None,
        message: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PolicyExceptionV2Beta1SpecConditionsAllOperator"] = None,
        value: typing.Any = None,
    ) -> None:
        '''
        :param key: Key is the context entry (using JMESPath) for conditional rule evaluation.
        :param message: Message is an optional display message.
        :param operator: Operator is the conditional operation to perform. Valid operators are: Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals, GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan, DurationLessThanOrEquals, DurationLessThan
        :param value: Value is the conditional value, or set of values. The values can be fixed set or can be variables declared using JMESPath.

        :schema: PolicyExceptionV2Beta1SpecConditionsAll
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b09f28be05b666a39e27c3a6be5b4ffbc6c6e35196d037140d997f2b1d915e81)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if message is not None:
            self._values["message"] = message
        if operator is not None:
            self._values["operator"] = operator
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Any:
        '''Key is the context entry (using JMESPath) for conditional rule evaluation.

        :schema: PolicyExceptionV2Beta1SpecConditionsAll#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Any, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''Message is an optional display message.

        :schema: PolicyExceptionV2Beta1SpecConditionsAll#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecConditionsAllOperator"]:
        '''Operator is the conditional operation to perform.

        Valid operators are:
        Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
        GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
        DurationLessThanOrEquals, DurationLessThan

        :schema: PolicyExceptionV2Beta1SpecConditionsAll#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecConditionsAllOperator"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value is the conditional value, or set of values.

        The values can be fixed set
        or can be variables declared using JMESPath.

        :schema: PolicyExceptionV2Beta1SpecConditionsAll#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecConditionsAll(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecConditionsAllOperator"
)
class PolicyExceptionV2Beta1SpecConditionsAllOperator(enum.Enum):
    '''Operator is the conditional operation to perform.

    Valid operators are:
    Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
    GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
    DurationLessThanOrEquals, DurationLessThan

    :schema: PolicyExceptionV2Beta1SpecConditionsAllOperator
    '''

    EQUALS = "EQUALS"
    '''Equals.'''
    NOT_EQUALS = "NOT_EQUALS"
    '''NotEquals.'''
    ANY_IN = "ANY_IN"
    '''AnyIn.'''
    ALL_IN = "ALL_IN"
    '''AllIn.'''
    ANY_NOT_IN = "ANY_NOT_IN"
    '''AnyNotIn.'''
    ALL_NOT_IN = "ALL_NOT_IN"
    '''AllNotIn.'''
    GREATER_THAN_OR_EQUALS = "GREATER_THAN_OR_EQUALS"
    '''GreaterThanOrEquals.'''
    GREATER_THAN = "GREATER_THAN"
    '''GreaterThan.'''
    LESS_THAN_OR_EQUALS = "LESS_THAN_OR_EQUALS"
    '''LessThanOrEquals.'''
    LESS_THAN = "LESS_THAN"
    '''LessThan.'''
    DURATION_GREATER_THAN_OR_EQUALS = "DURATION_GREATER_THAN_OR_EQUALS"
    '''DurationGreaterThanOrEquals.'''
    DURATION_GREATER_THAN = "DURATION_GREATER_THAN"
    '''DurationGreaterThan.'''
    DURATION_LESS_THAN_OR_EQUALS = "DURATION_LESS_THAN_OR_EQUALS"
    '''DurationLessThanOrEquals.'''
    DURATION_LESS_THAN = "DURATION_LESS_THAN"
    '''DurationLessThan.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecConditionsAny",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "message": "message",
        "operator": "operator",
        "value": "value",
    },
)
class PolicyExceptionV2Beta1SpecConditionsAny:
    def __init__(
        self,
        *,
        key: typing.Any = None,
        message: typing.Optional[builtins.str] = None,
        operator: typing.Optional["PolicyExceptionV2Beta1SpecConditionsAnyOperator"] = None,
        value: typing.Any = None,
    ) -> None:
        '''
        :param key: Key is the context entry (using JMESPath) for conditional rule evaluation.
        :param message: Message is an optional display message.
        :param operator: Operator is the conditional operation to perform. Valid operators are: Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals, GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan, DurationLessThanOrEquals, DurationLessThan
        :param value: Value is the conditional value, or set of values. The values can be fixed set or can be variables declared using JMESPath.

        :schema: PolicyExceptionV2Beta1SpecConditionsAny
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ad148770dedd9eaf02df07e50135c214ff4f8b5ab15fa247a83ba97b1936da9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if message is not None:
            self._values["message"] = message
        if operator is not None:
            self._values["operator"] = operator
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Any:
        '''Key is the context entry (using JMESPath) for conditional rule evaluation.

        :schema: PolicyExceptionV2Beta1SpecConditionsAny#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Any, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''Message is an optional display message.

        :schema: PolicyExceptionV2Beta1SpecConditionsAny#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecConditionsAnyOperator"]:
        '''Operator is the conditional operation to perform.

        Valid operators are:
        Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
        GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
        DurationLessThanOrEquals, DurationLessThan

        :schema: PolicyExceptionV2Beta1SpecConditionsAny#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecConditionsAnyOperator"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value is the conditional value, or set of values.

        The values can be fixed set
        or can be variables declared using JMESPath.

        :schema: PolicyExceptionV2Beta1SpecConditionsAny#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecConditionsAny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecConditionsAnyOperator"
)
class PolicyExceptionV2Beta1SpecConditionsAnyOperator(enum.Enum):
    '''Operator is the conditional operation to perform.

    Valid operators are:
    Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
    GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
    DurationLessThanOrEquals, DurationLessThan

    :schema: PolicyExceptionV2Beta1SpecConditionsAnyOperator
    '''

    EQUALS = "EQUALS"
    '''Equals.'''
    NOT_EQUALS = "NOT_EQUALS"
    '''NotEquals.'''
    ANY_IN = "ANY_IN"
    '''AnyIn.'''
    ALL_IN = "ALL_IN"
    '''AllIn.'''
    ANY_NOT_IN = "ANY_NOT_IN"
    '''AnyNotIn.'''
    ALL_NOT_IN = "ALL_NOT_IN"
    '''AllNotIn.'''
    GREATER_THAN_OR_EQUALS = "GREATER_THAN_OR_EQUALS"
    '''GreaterThanOrEquals.'''
    GREATER_THAN = "GREATER_THAN"
    '''GreaterThan.'''
    LESS_THAN_OR_EQUALS = "LESS_THAN_OR_EQUALS"
    '''LessThanOrEquals.'''
    LESS_THAN = "LESS_THAN"
    '''LessThan.'''
    DURATION_GREATER_THAN_OR_EQUALS = "DURATION_GREATER_THAN_OR_EQUALS"
    '''DurationGreaterThanOrEquals.'''
    DURATION_GREATER_THAN = "DURATION_GREATER_THAN"
    '''DurationGreaterThan.'''
    DURATION_LESS_THAN_OR_EQUALS = "DURATION_LESS_THAN_OR_EQUALS"
    '''DurationLessThanOrEquals.'''
    DURATION_LESS_THAN = "DURATION_LESS_THAN"
    '''DurationLessThan.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecExceptions",
    jsii_struct_bases=[],
    name_mapping={"policy_name": "policyName", "rule_names": "ruleNames"},
)
class PolicyExceptionV2Beta1SpecExceptions:
    def __init__(
        self,
        *,
        policy_name: builtins.str,
        rule_names: typing.Sequence[builtins.str],
    ) -> None:
        '''Exception stores infos about a policy and rules.

        :param policy_name: PolicyName identifies the policy to which the exception is applied. The policy name uses the format / unless it references a ClusterPolicy.
        :param rule_names: RuleNames identifies the rules to which the exception is applied.

        :schema: PolicyExceptionV2Beta1SpecExceptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d289e1972fa80af4974e6e90f7b1fe8dd74fc01f418b9ab7607f54711abbf63b)
            check_type(argname="argument policy_name", value=policy_name, expected_type=type_hints["policy_name"])
            check_type(argname="argument rule_names", value=rule_names, expected_type=type_hints["rule_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_name": policy_name,
            "rule_names": rule_names,
        }

    @builtins.property
    def policy_name(self) -> builtins.str:
        '''PolicyName identifies the policy to which the exception is applied.

        The policy name uses the format / unless it
        references a ClusterPolicy.

        :schema: PolicyExceptionV2Beta1SpecExceptions#policyName
        '''
        result = self._values.get("policy_name")
        assert result is not None, "Required property 'policy_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rule_names(self) -> typing.List[builtins.str]:
        '''RuleNames identifies the rules to which the exception is applied.

        :schema: PolicyExceptionV2Beta1SpecExceptions#ruleNames
        '''
        result = self._values.get("rule_names")
        assert result is not None, "Required property 'rule_names' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecExceptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatch",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "any": "any"},
)
class PolicyExceptionV2Beta1SpecMatch:
    def __init__(
        self,
        *,
        all: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAll", typing.Dict[builtins.str, typing.Any]]]] = None,
        any: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAny", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Match defines match clause used to check if a resource applies to the exception.

        :param all: All allows specifying resources which will be ANDed.
        :param any: Any allows specifying resources which will be ORed.

        :schema: PolicyExceptionV2Beta1SpecMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7aab814a9480d4a4106e7dbcb8e5cb0f4e3f885adc4947dea9e064fd09c7b310)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument any", value=any, expected_type=type_hints["any"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if any is not None:
            self._values["any"] = any

    @builtins.property
    def all(self) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAll"]]:
        '''All allows specifying resources which will be ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatch#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAll"]], result)

    @builtins.property
    def any(self) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAny"]]:
        '''Any allows specifying resources which will be ORed.

        :schema: PolicyExceptionV2Beta1SpecMatch#any
        '''
        result = self._values.get("any")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAny"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAll",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_roles": "clusterRoles",
        "resources": "resources",
        "roles": "roles",
        "subjects": "subjects",
    },
)
class PolicyExceptionV2Beta1SpecMatchAll:
    def __init__(
        self,
        *,
        cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAllResources", typing.Dict[builtins.str, typing.Any]]] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        subjects: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAllSubjects", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceFilter allow users to "AND" or "OR" between resources.

        :param cluster_roles: ClusterRoles is the list of cluster-wide role names for the user.
        :param resources: ResourceDescription contains information about the resource being created or modified.
        :param roles: Roles is the list of namespaced role names for the user.
        :param subjects: Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionV2Beta1SpecMatchAll
        '''
        if isinstance(resources, dict):
            resources = PolicyExceptionV2Beta1SpecMatchAllResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e842bc266bad7d68a41e2ae558eb9f666b600bc3969fdc74114eed69a6a7f057)
            check_type(argname="argument cluster_roles", value=cluster_roles, expected_type=type_hints["cluster_roles"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument subjects", value=subjects, expected_type=type_hints["subjects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_roles is not None:
            self._values["cluster_roles"] = cluster_roles
        if resources is not None:
            self._values["resources"] = resources
        if roles is not None:
            self._values["roles"] = roles
        if subjects is not None:
            self._values["subjects"] = subjects

    @builtins.property
    def cluster_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ClusterRoles is the list of cluster-wide role names for the user.

        :schema: PolicyExceptionV2Beta1SpecMatchAll#clusterRoles
        '''
        result = self._values.get("cluster_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResources"]:
        '''ResourceDescription contains information about the resource being created or modified.

        :schema: PolicyExceptionV2Beta1SpecMatchAll#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResources"], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Roles is the list of namespaced role names for the user.

        :schema: PolicyExceptionV2Beta1SpecMatchAll#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subjects(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllSubjects"]]:
        '''Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionV2Beta1SpecMatchAll#subjects
        '''
        result = self._values.get("subjects")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllSubjects"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAll(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResources",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "kinds": "kinds",
        "name": "name",
        "names": "names",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "operations": "operations",
        "selector": "selector",
    },
)
class PolicyExceptionV2Beta1SpecMatchAllResources:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        names: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        operations: typing.Optional[typing.Sequence["PolicyExceptionV2Beta1SpecMatchAllResourcesOperations"]] = None,
        selector: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAllResourcesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceDescription contains information about the resource being created or modified.

        :param annotations: Annotations is a map of annotations (key-value pairs of type string). Annotation keys and values support the wildcard characters "*" (matches zero or many characters) and "?" (matches at least one character).
        :param kinds: Kinds is a list of resource kinds.
        :param name: Name is the name of the resource. The name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character). NOTE: "Name" is being deprecated in favor of "Names".
        :param names: Names are the names of the resources. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespaces: Namespaces is a list of namespaces names. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespace_selector: NamespaceSelector is a label selector for the resource namespace. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character).Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.
        :param operations: Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
        :param selector: Selector is a label selector. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character). Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector(**namespace_selector)
        if isinstance(selector, dict):
            selector = PolicyExceptionV2Beta1SpecMatchAllResourcesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__508fe47610e3fd1d925e479d0e0b5063e43de51774026ce41f6a25604f65baae)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument names", value=names, expected_type=type_hints["names"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if kinds is not None:
            self._values["kinds"] = kinds
        if name is not None:
            self._values["name"] = name
        if names is not None:
            self._values["names"] = names
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if operations is not None:
            self._values["operations"] = operations
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is a  map of annotations (key-value pairs of type string).

        Annotation keys
        and values support the wildcard characters "*" (matches zero or many characters) and
        "?" (matches at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def kinds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Kinds is a list of resource kinds.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the resource.

        The name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).
        NOTE: "Name" is being deprecated in favor of "Names".

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names are the names of the resources.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#names
        '''
        result = self._values.get("names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Namespaces is a list of namespaces names.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector"]:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector"], result)

    @builtins.property
    def operations(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesOperations"]]:
        '''Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesOperations"]], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResourcesSelector"]:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResources#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAllResourcesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b879184d3c027b17aebe6877a8e023e89cd57e0c98d8e7ff6186cbaab4cee4fa)
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
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions:
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4dd1c3ebba4cc6716b8ad31b38c2878f4a74c394d39f71e86164f48212c14f4e)
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResourcesOperations"
)
class PolicyExceptionV2Beta1SpecMatchAllResourcesOperations(enum.Enum):
    '''AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.

    :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesOperations
    '''

    CREATE = "CREATE"
    '''CREATE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    UPDATE = "UPDATE"
    '''UPDATE.'''
    DELETE = "DELETE"
    '''DELETE.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResourcesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionV2Beta1SpecMatchAllResourcesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea4191dd3e0b4cbbdb00f8eedd7719e8f6f1d6ec7a7c503aa0cc37c83018e350)
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
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllResourcesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions:
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31c362180e142dc62c67db9b4cc2fb06f116ac61930e0c0333f047193b6b1f2a)
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAllSubjects",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class PolicyExceptionV2Beta1SpecMatchAllSubjects:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Subject contains a reference to the object or user identities a role binding applies to.

        This can either hold a direct API object reference,
        or a value for non-objects such as user and group names.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAllSubjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13c2603c3f3ce58643764d3335bb6e579efeef409ecf6333e9851f242806d4e1)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount".
        If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAllSubjects#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: PolicyExceptionV2Beta1SpecMatchAllSubjects#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects.
        Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects.

        :schema: PolicyExceptionV2Beta1SpecMatchAllSubjects#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
        the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAllSubjects#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAllSubjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAny",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_roles": "clusterRoles",
        "resources": "resources",
        "roles": "roles",
        "subjects": "subjects",
    },
)
class PolicyExceptionV2Beta1SpecMatchAny:
    def __init__(
        self,
        *,
        cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAnyResources", typing.Dict[builtins.str, typing.Any]]] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        subjects: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAnySubjects", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceFilter allow users to "AND" or "OR" between resources.

        :param cluster_roles: ClusterRoles is the list of cluster-wide role names for the user.
        :param resources: ResourceDescription contains information about the resource being created or modified.
        :param roles: Roles is the list of namespaced role names for the user.
        :param subjects: Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionV2Beta1SpecMatchAny
        '''
        if isinstance(resources, dict):
            resources = PolicyExceptionV2Beta1SpecMatchAnyResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd9b1e60da1a37f884326d32e161560f7cf0b747814273cc89a2b97f63f728e5)
            check_type(argname="argument cluster_roles", value=cluster_roles, expected_type=type_hints["cluster_roles"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument subjects", value=subjects, expected_type=type_hints["subjects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_roles is not None:
            self._values["cluster_roles"] = cluster_roles
        if resources is not None:
            self._values["resources"] = resources
        if roles is not None:
            self._values["roles"] = roles
        if subjects is not None:
            self._values["subjects"] = subjects

    @builtins.property
    def cluster_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ClusterRoles is the list of cluster-wide role names for the user.

        :schema: PolicyExceptionV2Beta1SpecMatchAny#clusterRoles
        '''
        result = self._values.get("cluster_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResources"]:
        '''ResourceDescription contains information about the resource being created or modified.

        :schema: PolicyExceptionV2Beta1SpecMatchAny#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResources"], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Roles is the list of namespaced role names for the user.

        :schema: PolicyExceptionV2Beta1SpecMatchAny#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subjects(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnySubjects"]]:
        '''Subjects is the list of subject names like users, user groups, and service accounts.

        :schema: PolicyExceptionV2Beta1SpecMatchAny#subjects
        '''
        result = self._values.get("subjects")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnySubjects"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResources",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "kinds": "kinds",
        "name": "name",
        "names": "names",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "operations": "operations",
        "selector": "selector",
    },
)
class PolicyExceptionV2Beta1SpecMatchAnyResources:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        names: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        operations: typing.Optional[typing.Sequence["PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations"]] = None,
        selector: typing.Optional[typing.Union["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceDescription contains information about the resource being created or modified.

        :param annotations: Annotations is a map of annotations (key-value pairs of type string). Annotation keys and values support the wildcard characters "*" (matches zero or many characters) and "?" (matches at least one character).
        :param kinds: Kinds is a list of resource kinds.
        :param name: Name is the name of the resource. The name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character). NOTE: "Name" is being deprecated in favor of "Names".
        :param names: Names are the names of the resources. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespaces: Namespaces is a list of namespaces names. Each name supports wildcard characters "*" (matches zero or many characters) and "?" (at least one character).
        :param namespace_selector: NamespaceSelector is a label selector for the resource namespace. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character).Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.
        :param operations: Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
        :param selector: Selector is a label selector. Label keys and values in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters) and ``?`` (matches one character). Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector(**namespace_selector)
        if isinstance(selector, dict):
            selector = PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6968cc0de4faf3931e064c5800eb9b556818172ccb547a79c55568c8c1d6bf55)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument names", value=names, expected_type=type_hints["names"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if kinds is not None:
            self._values["kinds"] = kinds
        if name is not None:
            self._values["name"] = name
        if names is not None:
            self._values["names"] = names
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if operations is not None:
            self._values["operations"] = operations
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is a  map of annotations (key-value pairs of type string).

        Annotation keys
        and values support the wildcard characters "*" (matches zero or many characters) and
        "?" (matches at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def kinds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Kinds is a list of resource kinds.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the resource.

        The name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).
        NOTE: "Name" is being deprecated in favor of "Names".

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names are the names of the resources.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#names
        '''
        result = self._values.get("names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Namespaces is a list of namespaces names.

        Each name supports wildcard characters
        "*" (matches zero or many characters) and "?" (at least one character).

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector"]:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector"], result)

    @builtins.property
    def operations(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations"]]:
        '''Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations"]], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector"]:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResources#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnyResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector is a label selector for the resource namespace.

        Label keys and values
        in ``matchLabels`` support the wildcard characters ``*`` (matches zero or many characters)
        and ``?`` (matches one character).Wildcards allows writing label selectors like
        ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
        does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b79a0df82a84ca2b6b0b50421c3d1602b3b25f996003be49cf38bb038765843)
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
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions:
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0ba1f5a8f91a0e2fabd36f2ad2a9566f3a6306e61515d9eaf1e7289bc29794f)
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations"
)
class PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations(enum.Enum):
    '''AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.

    :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations
    '''

    CREATE = "CREATE"
    '''CREATE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    UPDATE = "UPDATE"
    '''UPDATE.'''
    DELETE = "DELETE"
    '''DELETE.'''


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector is a label selector.

        Label keys and values in ``matchLabels`` support the wildcard
        characters ``*`` (matches zero or many characters) and ``?`` (matches one character).
        Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
        using ["*" : "*"] matches any key and value but does not match an empty label set.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__357f7c67c794438675a46e0d61fb69622586a157509c14791f27a99e7de77c67)
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
    ) -> typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions:
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18fa21c232c81b21451552cba16b686ba492bb422f28600afc72a27c16cfd2d5)
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#operator
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

        :schema: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecMatchAnySubjects",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class PolicyExceptionV2Beta1SpecMatchAnySubjects:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Subject contains a reference to the object or user identities a role binding applies to.

        This can either hold a direct API object reference,
        or a value for non-objects such as user and group names.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAnySubjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__855c86d04a1cf7c342e75c590ab264572912616283a508a86b06441ed25dc917)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount".
        If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAnySubjects#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: PolicyExceptionV2Beta1SpecMatchAnySubjects#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects.
        Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects.

        :schema: PolicyExceptionV2Beta1SpecMatchAnySubjects#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
        the Authorizer should report an error.

        :schema: PolicyExceptionV2Beta1SpecMatchAnySubjects#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecMatchAnySubjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecPodSecurity",
    jsii_struct_bases=[],
    name_mapping={
        "control_name": "controlName",
        "images": "images",
        "restricted_field": "restrictedField",
        "values": "values",
    },
)
class PolicyExceptionV2Beta1SpecPodSecurity:
    def __init__(
        self,
        *,
        control_name: "PolicyExceptionV2Beta1SpecPodSecurityControlName",
        images: typing.Optional[typing.Sequence[builtins.str]] = None,
        restricted_field: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodSecurityStandard specifies the Pod Security Standard controls to be excluded.

        :param control_name: ControlName specifies the name of the Pod Security Standard control. See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
        :param images: Images selects matching containers and applies the container level PSS. Each image is the image name consisting of the registry address, repository, image, and tag. Empty list matches no containers, PSS checks are applied at the pod level only. Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
        :param restricted_field: RestrictedField selects the field for the given Pod Security Standard control. When not set, all restricted fields for the control are selected.
        :param values: Values defines the allowed values that can be excluded.

        :schema: PolicyExceptionV2Beta1SpecPodSecurity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d470bae8adb609b67b210c29990a2ebd3b7509e1029864dc5b2d604b51272938)
            check_type(argname="argument control_name", value=control_name, expected_type=type_hints["control_name"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument restricted_field", value=restricted_field, expected_type=type_hints["restricted_field"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "control_name": control_name,
        }
        if images is not None:
            self._values["images"] = images
        if restricted_field is not None:
            self._values["restricted_field"] = restricted_field
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def control_name(self) -> "PolicyExceptionV2Beta1SpecPodSecurityControlName":
        '''ControlName specifies the name of the Pod Security Standard control.

        See: https://kubernetes.io/docs/concepts/security/pod-security-standards/

        :schema: PolicyExceptionV2Beta1SpecPodSecurity#controlName
        '''
        result = self._values.get("control_name")
        assert result is not None, "Required property 'control_name' is missing"
        return typing.cast("PolicyExceptionV2Beta1SpecPodSecurityControlName", result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Images selects matching containers and applies the container level PSS.

        Each image is the image name consisting of the registry address, repository, image, and tag.
        Empty list matches no containers, PSS checks are applied at the pod level only.
        Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.

        :schema: PolicyExceptionV2Beta1SpecPodSecurity#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def restricted_field(self) -> typing.Optional[builtins.str]:
        '''RestrictedField selects the field for the given Pod Security Standard control.

        When not set, all restricted fields for the control are selected.

        :schema: PolicyExceptionV2Beta1SpecPodSecurity#restrictedField
        '''
        result = self._values.get("restricted_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Values defines the allowed values that can be excluded.

        :schema: PolicyExceptionV2Beta1SpecPodSecurity#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV2Beta1SpecPodSecurity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kyverno_policyexceptions_iokyverno.PolicyExceptionV2Beta1SpecPodSecurityControlName"
)
class PolicyExceptionV2Beta1SpecPodSecurityControlName(enum.Enum):
    '''ControlName specifies the name of the Pod Security Standard control.

    See: https://kubernetes.io/docs/concepts/security/pod-security-standards/

    :schema: PolicyExceptionV2Beta1SpecPodSecurityControlName
    '''

    HOST_PROCESS = "HOST_PROCESS"
    '''HostProcess.'''
    HOST_NAMESPACES = "HOST_NAMESPACES"
    '''Host Namespaces.'''
    PRIVILEGED_CONTAINERS = "PRIVILEGED_CONTAINERS"
    '''Privileged Containers.'''
    CAPABILITIES = "CAPABILITIES"
    '''Capabilities.'''
    HOST_PATH_VOLUMES = "HOST_PATH_VOLUMES"
    '''HostPath Volumes.'''
    HOST_PORTS = "HOST_PORTS"
    '''Host Ports.'''
    APP_ARMOR = "APP_ARMOR"
    '''AppArmor.'''
    SE_LINUX = "SE_LINUX"
    '''SELinux.'''
    VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE = "VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE"
    '''/proc Mount Type.'''
    SECCOMP = "SECCOMP"
    '''Seccomp.'''
    SYSCTLS = "SYSCTLS"
    '''Sysctls.'''
    VOLUME_TYPES = "VOLUME_TYPES"
    '''Volume Types.'''
    PRIVILEGE_ESCALATION = "PRIVILEGE_ESCALATION"
    '''Privilege Escalation.'''
    RUNNING_AS_NON_HYPHEN_ROOT = "RUNNING_AS_NON_HYPHEN_ROOT"
    '''Running as Non-root.'''
    RUNNING_AS_NON_HYPHEN_ROOT_USER = "RUNNING_AS_NON_HYPHEN_ROOT_USER"
    '''Running as Non-root user.'''


__all__ = [
    "PolicyException",
    "PolicyExceptionProps",
    "PolicyExceptionSpec",
    "PolicyExceptionSpecConditions",
    "PolicyExceptionSpecConditionsAll",
    "PolicyExceptionSpecConditionsAllOperator",
    "PolicyExceptionSpecConditionsAny",
    "PolicyExceptionSpecConditionsAnyOperator",
    "PolicyExceptionSpecExceptions",
    "PolicyExceptionSpecMatch",
    "PolicyExceptionSpecMatchAll",
    "PolicyExceptionSpecMatchAllResources",
    "PolicyExceptionSpecMatchAllResourcesNamespaceSelector",
    "PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions",
    "PolicyExceptionSpecMatchAllResourcesOperations",
    "PolicyExceptionSpecMatchAllResourcesSelector",
    "PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions",
    "PolicyExceptionSpecMatchAllSubjects",
    "PolicyExceptionSpecMatchAny",
    "PolicyExceptionSpecMatchAnyResources",
    "PolicyExceptionSpecMatchAnyResourcesNamespaceSelector",
    "PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions",
    "PolicyExceptionSpecMatchAnyResourcesOperations",
    "PolicyExceptionSpecMatchAnyResourcesSelector",
    "PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions",
    "PolicyExceptionSpecMatchAnySubjects",
    "PolicyExceptionSpecPodSecurity",
    "PolicyExceptionSpecPodSecurityControlName",
    "PolicyExceptionV2Beta1",
    "PolicyExceptionV2Beta1Props",
    "PolicyExceptionV2Beta1Spec",
    "PolicyExceptionV2Beta1SpecConditions",
    "PolicyExceptionV2Beta1SpecConditionsAll",
    "PolicyExceptionV2Beta1SpecConditionsAllOperator",
    "PolicyExceptionV2Beta1SpecConditionsAny",
    "PolicyExceptionV2Beta1SpecConditionsAnyOperator",
    "PolicyExceptionV2Beta1SpecExceptions",
    "PolicyExceptionV2Beta1SpecMatch",
    "PolicyExceptionV2Beta1SpecMatchAll",
    "PolicyExceptionV2Beta1SpecMatchAllResources",
    "PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector",
    "PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions",
    "PolicyExceptionV2Beta1SpecMatchAllResourcesOperations",
    "PolicyExceptionV2Beta1SpecMatchAllResourcesSelector",
    "PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions",
    "PolicyExceptionV2Beta1SpecMatchAllSubjects",
    "PolicyExceptionV2Beta1SpecMatchAny",
    "PolicyExceptionV2Beta1SpecMatchAnyResources",
    "PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector",
    "PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions",
    "PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations",
    "PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector",
    "PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions",
    "PolicyExceptionV2Beta1SpecMatchAnySubjects",
    "PolicyExceptionV2Beta1SpecPodSecurity",
    "PolicyExceptionV2Beta1SpecPodSecurityControlName",
]

publication.publish()

def _typecheckingstub__14d4982ecbf7384dc4d1bf4ccac74c1a6e4fe30d8b6289cc7ae4d41b2f0f8c15(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PolicyExceptionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__863960790088a3b1862c4fdcfe472a49945071f7a4cf000b8642e48e0baafb9d(
    *,
    spec: typing.Union[PolicyExceptionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9ddd00e021643fcac5b5c863fe72ab239f5ee18d88fcad99bde5ef85eff2af4(
    *,
    exceptions: typing.Sequence[typing.Union[PolicyExceptionSpecExceptions, typing.Dict[builtins.str, typing.Any]]],
    match: typing.Union[PolicyExceptionSpecMatch, typing.Dict[builtins.str, typing.Any]],
    background: typing.Optional[builtins.bool] = None,
    conditions: typing.Optional[typing.Union[PolicyExceptionSpecConditions, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_security: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecPodSecurity, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e5a9bc56ec246ec6c9f5f01fdb5b84415043c1b841268c5f7f2f01a182f5d2b(
    *,
    all: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecConditionsAll, typing.Dict[builtins.str, typing.Any]]]] = None,
    any: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecConditionsAny, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__558776353940595f96be1c10ee55f290b163408853d2896d474f887a57476f63(
    *,
    key: typing.Any = None,
    message: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PolicyExceptionSpecConditionsAllOperator] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38801a37d188a4023856d8973b6addd14656adf6948b51bf5b6a0630fd5c525f(
    *,
    key: typing.Any = None,
    message: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PolicyExceptionSpecConditionsAnyOperator] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbae505605883e7612156112b08fc40dd4bd0c73e73339479fd73255533a772d(
    *,
    policy_name: builtins.str,
    rule_names: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f6a9f8875a4c4991dfe904b9051d7b3b66554197760712a0219f2c74e613b57(
    *,
    all: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAll, typing.Dict[builtins.str, typing.Any]]]] = None,
    any: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAny, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb4a548455b0dbf507d9c676c0e44ceaeb4fcaad9d4fd7f36053aafa672f1dd5(
    *,
    cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[PolicyExceptionSpecMatchAllResources, typing.Dict[builtins.str, typing.Any]]] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    subjects: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAllSubjects, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e5ebef30c625d15601266fe0a6061fee100528802e94ee8d5c9a3d585244412(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    names: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[PolicyExceptionSpecMatchAllResourcesNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    operations: typing.Optional[typing.Sequence[PolicyExceptionSpecMatchAllResourcesOperations]] = None,
    selector: typing.Optional[typing.Union[PolicyExceptionSpecMatchAllResourcesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bb86856ca630b1dbdd420a764498e300216d22112c3e2c9642448ae0aa6c1fe(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32d1278761f0570c3ec1cf72899828b9c5f88aba92bb5ce6e022021d9e7bb09a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bd26c5cc0187a2e083e3f125cd6d55dc564ea1c78cdb2d4e7053d663bdd814a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee6bf2f9d5245401516cc1ec95872e6cc3c5a90b1857e2b4aa972aaace2d2e55(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85a0811fc83dea1ac30fdb9c03639a64f90230ec79292084eee7309e4f742f3f(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__298b57fa6ae1f73c5aad0b1b9bb98e4ab99361babdb56ee84f2ee934e8b11a96(
    *,
    cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[PolicyExceptionSpecMatchAnyResources, typing.Dict[builtins.str, typing.Any]]] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    subjects: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAnySubjects, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ec2258182b33eb6b94d42cdfb065a31e4522cd1ed5cbcdbf0a767bf97f77a49(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    names: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[PolicyExceptionSpecMatchAnyResourcesNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    operations: typing.Optional[typing.Sequence[PolicyExceptionSpecMatchAnyResourcesOperations]] = None,
    selector: typing.Optional[typing.Union[PolicyExceptionSpecMatchAnyResourcesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34a9fd20be7da4cdce41458f3945fcf77a42b06e34c7ea60efc1d2cdb67d0046(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__352501e838fe63de79377903fca6d017c3e93fe628bd42432deb4022a60c2f54(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__832448e36cd2e52f3905a3e0a55fef248608048ff3eefc9c1a4fa0fddb959609(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aae1b3200de408740a621f75b32f81afb768fafd686fa81107ebe8a47ddbe637(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ef416e7c7d6ddc5f160cdac32289376b452d86ff418661f9c8ef498f21de3b8(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89a928167a234111b164b76437728520f6af2de78e47dfcd6813ebb2ed9e971b(
    *,
    control_name: PolicyExceptionSpecPodSecurityControlName,
    images: typing.Optional[typing.Sequence[builtins.str]] = None,
    restricted_field: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__486318b7cef7d56e9ebf552c26fca5288a58ec81389c5ed4bde52a7d23941509(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PolicyExceptionV2Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f3aac5522a47690bbeaa7ea3680c53ef67c2c22f82de41c79e8e2ec3a438980(
    *,
    spec: typing.Union[PolicyExceptionV2Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d6ef5b18988c777df98d7bdfa31cba83a7d4b2a698127844204260ee1810ff0(
    *,
    exceptions: typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecExceptions, typing.Dict[builtins.str, typing.Any]]],
    match: typing.Union[PolicyExceptionV2Beta1SpecMatch, typing.Dict[builtins.str, typing.Any]],
    background: typing.Optional[builtins.bool] = None,
    conditions: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecConditions, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_security: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecPodSecurity, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e08f043398bf6272fa14c0a4450d885e51e1e31887939a4a215dc7bee3b33e12(
    *,
    all: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecConditionsAll, typing.Dict[builtins.str, typing.Any]]]] = None,
    any: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecConditionsAny, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b09f28be05b666a39e27c3a6be5b4ffbc6c6e35196d037140d997f2b1d915e81(
    *,
    key: typing.Any = None,
    message: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PolicyExceptionV2Beta1SpecConditionsAllOperator] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad148770dedd9eaf02df07e50135c214ff4f8b5ab15fa247a83ba97b1936da9(
    *,
    key: typing.Any = None,
    message: typing.Optional[builtins.str] = None,
    operator: typing.Optional[PolicyExceptionV2Beta1SpecConditionsAnyOperator] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d289e1972fa80af4974e6e90f7b1fe8dd74fc01f418b9ab7607f54711abbf63b(
    *,
    policy_name: builtins.str,
    rule_names: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7aab814a9480d4a4106e7dbcb8e5cb0f4e3f885adc4947dea9e064fd09c7b310(
    *,
    all: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAll, typing.Dict[builtins.str, typing.Any]]]] = None,
    any: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAny, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e842bc266bad7d68a41e2ae558eb9f666b600bc3969fdc74114eed69a6a7f057(
    *,
    cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAllResources, typing.Dict[builtins.str, typing.Any]]] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    subjects: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAllSubjects, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__508fe47610e3fd1d925e479d0e0b5063e43de51774026ce41f6a25604f65baae(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    names: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    operations: typing.Optional[typing.Sequence[PolicyExceptionV2Beta1SpecMatchAllResourcesOperations]] = None,
    selector: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAllResourcesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b879184d3c027b17aebe6877a8e023e89cd57e0c98d8e7ff6186cbaab4cee4fa(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dd1c3ebba4cc6716b8ad31b38c2878f4a74c394d39f71e86164f48212c14f4e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea4191dd3e0b4cbbdb00f8eedd7719e8f6f1d6ec7a7c503aa0cc37c83018e350(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31c362180e142dc62c67db9b4cc2fb06f116ac61930e0c0333f047193b6b1f2a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13c2603c3f3ce58643764d3335bb6e579efeef409ecf6333e9851f242806d4e1(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd9b1e60da1a37f884326d32e161560f7cf0b747814273cc89a2b97f63f728e5(
    *,
    cluster_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAnyResources, typing.Dict[builtins.str, typing.Any]]] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    subjects: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAnySubjects, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6968cc0de4faf3931e064c5800eb9b556818172ccb547a79c55568c8c1d6bf55(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    kinds: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    names: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    operations: typing.Optional[typing.Sequence[PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations]] = None,
    selector: typing.Optional[typing.Union[PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b79a0df82a84ca2b6b0b50421c3d1602b3b25f996003be49cf38bb038765843(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0ba1f5a8f91a0e2fabd36f2ad2a9566f3a6306e61515d9eaf1e7289bc29794f(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__357f7c67c794438675a46e0d61fb69622586a157509c14791f27a99e7de77c67(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18fa21c232c81b21451552cba16b686ba492bb422f28600afc72a27c16cfd2d5(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__855c86d04a1cf7c342e75c590ab264572912616283a508a86b06441ed25dc917(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d470bae8adb609b67b210c29990a2ebd3b7509e1029864dc5b2d604b51272938(
    *,
    control_name: PolicyExceptionV2Beta1SpecPodSecurityControlName,
    images: typing.Optional[typing.Sequence[builtins.str]] = None,
    restricted_field: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
