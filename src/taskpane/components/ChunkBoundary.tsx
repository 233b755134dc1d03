/** Catches the failure to fetch a lazily loaded chunk (or any error below it) and shows what it is told instead. */
import { Component, type ReactNode } from "react";
import { describeFailure, type Failure } from "../errors";

export interface ChunkBoundaryProps {
  readonly children: ReactNode;
  readonly fallback: (failure: Failure) => ReactNode;
}

export class ChunkBoundary extends Component<ChunkBoundaryProps, { readonly failure: Failure | null }> {
  override state: { readonly failure: Failure | null } = { failure: null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: describeFailure(error) };
  }

  override render() {
    return this.state.failure ? this.props.fallback(this.state.failure) : this.props.children;
  }
}
